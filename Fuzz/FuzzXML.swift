// libFuzzer target: the native XML reader (libxml2 with the entity/DTD guards) and the
// validator's XML path on arbitrary bytes. Built by scripts/fuzz.sh.
import Foundation
@testable import ClaimKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    if let file = try? NativeXML.decode(bytes, name: "fuzz.xml") {
        _ = try? NativeJSON.encode(file)
        _ = try? NativeXML.encode(file)
    }
    _ = XMLAnnotationValidation.read(bytes, file: "fuzz.xml")
    return 0
}
