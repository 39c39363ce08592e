// libFuzzer target: the validator's JSON parser, the native JSON reader and the batch line
// reader on arbitrary bytes.
// Built by scripts/fuzz.sh.
import Foundation
@testable import ClaimKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    _ = try? JSONParser.parse(buffer)
    _ = try? BatchArticle.parse(Array(buffer))
    let bytes = Data(buffer)
    _ = JSONAnnotationValidation.read(bytes, file: "fuzz.json")
    if let file = try? NativeJSON.decode(bytes) {
        // What the reader accepts, the writers can write.
        _ = try? NativeJSON.encode(file)
        _ = try? NativeXML.encode(file)
    }
    return 0
}
