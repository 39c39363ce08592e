// libFuzzer target: `claimkit validate` on one annotation file beside a fixed canonical text,
// so the meaning rules (hash, spans, references, ratings, dates, URLs) run on whatever the
// reader accepts. The first byte picks JSON or XML. Built by scripts/fuzz.sh.
import Foundation
@testable import ClaimKit

private let directory: String = {
    let path = NSTemporaryDirectory() + "claimkit-fuzz-validate-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let text = "Russia laid out four demands on Monday, November 30, 2023. “It is over,” said Ana.\n"
    _ = FileManager.default.createFile(atPath: path + "/doc.txt", contents: Data(text.utf8))
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let path = directory + (data[0] & 1 == 0 ? "/doc.json" : "/doc.xml")
    _ = FileManager.default.createFile(atPath: path, contents: Data(UnsafeBufferPointer(start: data + 1, count: size - 1)))
    let report = Validator().validate(paths: [path])
    _ = report.files.count
    return 0
}
