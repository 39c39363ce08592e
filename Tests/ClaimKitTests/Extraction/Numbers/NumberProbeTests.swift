import Testing
@testable import ClaimKit

@Suite struct NumberProbeTests {
    @Test func probe() throws {
        for name in Fixtures.seedNames {
            let document = try Fixtures.seed(name)
            print("== \(name)")
            for n in numbers(in: document) { print("   \(n)") }
        }
    }
}
