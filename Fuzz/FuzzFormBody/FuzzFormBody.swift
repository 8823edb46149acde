// libFuzzer target for FormBodies: URL-encoded forms and multipart uploads through
// multipart-kit, the bodies every POST is read into. Built and run by scripts/fuzz.sh.
import FormBodies
import FuzzSupport
import NIOCore

/// The first byte picks the content type the body is read as, so one corpus covers both readers
/// and the boundary forms (plain, quoted, the longest allowed, missing).
private let contentTypes = [
    "application/x-www-form-urlencoded", "multipart/form-data; boundary=a", "multipart/form-data; boundary=\"b0und\"",
    "multipart/form-data; boundary=" + String(repeating: "x", count: 70), "multipart/form-data", "text/plain",
]

/// Invariants for any input:
/// - never more fields than the limit;
/// - a single-line read has no control character and no line separator; a text-area read has
///   no CR and no control character but LF and TAB;
/// - a multipart form written back with a fresh boundary reads back to the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let type = contentTypes[Int(data[0]) % contentTypes.count]
    let body = ByteBuffer(bytes: UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard let form = try? FormData.parse(body: body, contentType: type) else { return 0 }
    check(form.fields.values.reduce(0) { $0 + $1.count } + form.files.count <= FormData.maxFields, "more fields than the limit")
    for name in form.fields.keys {
        check(!form[name].unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" },
              "a control character survived a single-line read of \(name.debugDescription)")
        check(!form.text(name).unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) },
              "a control character survived a text read of \(name.debugDescription)")
    }
    if type.hasPrefix("multipart"), form.files.isEmpty {
        let boundary = "RoundTrip7f3a9c"
        let fields = form.fields.flatMap { name, values in values.map { (name, $0) } }
        guard !fields.contains(where: { $0.0.contains("\"") || $0.0.contains("\\") || $0.0.contains("\r") || $0.0.contains("\n") || $0.1.contains(boundary) }) else { return 0 }
        var written = ""
        for (name, value) in fields { written += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n" }
        written += "--\(boundary)--\r\n"
        let again = try? FormData.parse(body: ByteBuffer(string: written), contentType: "multipart/form-data; boundary=\(boundary)")
        check(again.map { $0.fields == form.fields } ?? fields.isEmpty, "a multipart form does not read back to its own fields")
    }
    return 0
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
