import Foundation
import Testing

/// `claimkit export`, run as a user would.
@Suite struct ExportCommandTests {
    /// A store holding seed 002 as `talks`, with a claim that has a source and a published verdict.
    private func storeWithAVerdict() throws -> (store: String, directory: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-cli-export-\(UUID().uuidString)").path
        let store = directory + "/annotations"
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)
        let add = try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks",
                                     "--url", "https://news.example.org/talks", "--published", "2022-03-15"])
        #expect(add.exitCode == 0, "\(add.stderr)")
        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands", "--by", "Ana"])
        let id = String(claim.stdout.split(separator: " ")[1])
        #expect(try CLIRunner.run(["source", "add", id, "--store", store, "--url", "https://www.un.org/en/about-us/un-charter",
                                   "--relation", "context", "--title", "UN Charter"]).exitCode == 0)
        #expect(try CLIRunner.run(["verdict", id, "--store", store, "--rating", "true", "--rationale", "listed by Peskov",
                                   "--reviewer", "Ben", "--source", "s1"]).exitCode == 0)
        return (store, directory)
    }

    @Test func oneFileGoesToStandardOutput() throws {
        let (store, _) = try storeWithAVerdict()
        let html = try CLIRunner.run(["export", "talks", "--format", "html", "--store", store])
        #expect(html.exitCode == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("Russia laid out four demands"))
        let reviews = try CLIRunner.run(["export", "--all", "--format", "claimreview", "--store", store,
                                         "--review-url", "https://factcheck.example.org/talks", "--publisher", "Example Checks"])
        #expect(reviews.exitCode == 0, "\(reviews.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(reviews.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 1 && (list[0]["reviewRating"] as? [String: Any])?["alternateName"] as? String == "True")
    }

    @Test func severalFilesNeedADirectoryAndThenLandInIt() throws {
        let (store, directory) = try storeWithAVerdict()
        let refused = try CLIRunner.run(["export", "talks", "--format", "brat", "--store", store])
        #expect(refused.exitCode == 2 && refused.stderr.contains("give -o DIRECTORY") && refused.stdout.isEmpty)
        let brat = try CLIRunner.run(["export", "talks", "--format", "brat", "--store", store, "-o", directory + "/brat"])
        #expect(brat.exitCode == 0, "\(brat.stderr)")
        for name in ["talks.txt", "talks.ann", "annotation.conf", "visual.conf"] {
            #expect(FileManager.default.fileExists(atPath: "\(directory)/brat/\(name)"), "\(name)")
            #expect(brat.stdout.contains("wrote \(directory)/brat/\(name)"))
        }
        let csv = try CLIRunner.run(["export", "--all", "--format", "csv", "--store", store, "--output", directory + "/claims.csv"])
        #expect(csv.exitCode == 0)
        #expect(try String(contentsOfFile: directory + "/claims.csv", encoding: .utf8).hasPrefix("document,id,start,end,text"))
    }

    @Test func noTextLeavesTheArticleOut() throws {
        let (store, directory) = try storeWithAVerdict()
        let result = try CLIRunner.run(["export", "talks", "--format", "brat", "--no-text", "--store", store, "-o", directory + "/out"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/out/talks.txt"))
        #expect(FileManager.default.fileExists(atPath: directory + "/out/talks.sha256"))
        let html = try CLIRunner.run(["export", "talks", "--format", "html", "--no-text", "--store", store])
        #expect(html.exitCode == 0 && !html.stdout.contains("<div class=\"article\">") && html.stdout.contains("The article text is not included"))
        #expect(html.stdout.contains("<q>Russia laid out four demands</q>"))
    }

    @Test func usageProblemsExitTwoAndNameTheFix() throws {
        let (store, _) = try storeWithAVerdict()
        let both = try CLIRunner.run(["export", "talks", "--all", "--format", "csv", "--store", store])
        #expect(both.exitCode == 2 && both.stderr.contains("not both"))
        let neither = try CLIRunner.run(["export", "--format", "csv", "--store", store])
        #expect(neither.exitCode == 2 && neither.stderr.contains("--all"))
        let format = try CLIRunner.run(["export", "talks", "--format", "pdf", "--store", store])
        #expect(format.exitCode == 2 && format.stderr.contains("webannotation"))
        let reviewURL = try CLIRunner.run(["export", "talks", "--format", "claimreview", "--store", store])
        #expect(reviewURL.exitCode == 2 && reviewURL.stderr.contains("--review-url"))
        let unknown = try CLIRunner.run(["export", "nope", "--format", "csv", "--store", store])
        #expect(unknown.exitCode == 2 && unknown.stderr.contains("no document 'nope'"))
    }
}
