import Foundation
import MultipartKit
import NIOCore

/// The fields of a submitted form, from `application/x-www-form-urlencoded` or, on the routes
/// that take uploads, `multipart/form-data`. Repeated names (checkboxes) keep every value.
///
/// Reading a field cleans it: `form["title"]` is one line with every control character gone
/// (a CR LF in a title must never reach an iCalendar file or a log line), `form.text("text")`
/// keeps line breaks for text areas, and `form.raw("password")` is exactly what was typed.
public struct FormData: Sendable {
    public var fields: [String: [String]] = [:]
    /// Uploaded files by field name: the file name and its bytes.
    public var files: [String: (name: String, data: Data)] = [:]

    /// More fields than any Crosswise form has (the framework's role levels are about 120), so
    /// a body of a million empty pairs is refused instead of filling a dictionary.
    public static let maxFields = 5_000

    public init() {}

    /// One line of text: control characters, line and paragraph separators removed.
    public subscript(_ name: String) -> String { TextCleaning.line(fields[name]?.first ?? "") }

    /// Text that may run over several lines: CR LF and CR become LF, other controls go.
    public func text(_ name: String) -> String { TextCleaning.multiline(fields[name]?.first ?? "") }

    /// The value as sent, for passwords, which are compared byte for byte.
    public func raw(_ name: String) -> String { fields[name]?.first ?? "" }

    public func all(_ name: String) -> [String] { (fields[name] ?? []).map(TextCleaning.line) }

    public func uuids(_ name: String) -> [UUID] { (fields[name] ?? []).compactMap(UUID.init(uuidString:)) }

    public enum Kind: Sendable, Equatable { case urlEncoded, multipart(boundary: String) }

    /// What a content type announces, or nil for one Crosswise does not read.
    public static func kind(of contentType: String?) throws(FormBodyError) -> Kind {
        let type = (contentType ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch type {
        case "", "application/x-www-form-urlencoded": return .urlEncoded
        case "multipart/form-data":
            guard let boundary = HeaderParameters(contentType ?? "")["boundary"], (1...70).contains(boundary.utf8.count) else {
                throw .malformed("The upload has no valid boundary.")
            }
            return .multipart(boundary: boundary)
        default: throw .unsupportedType
        }
    }

    public static func parse(body: ByteBuffer, contentType: String?) throws(FormBodyError) -> FormData {
        switch try kind(of: contentType) {
        case .urlEncoded: return try parseURLEncoded(String(buffer: body))
        case .multipart(let boundary): return try parseMultipart(body, boundary: boundary)
        }
    }

    public static func parse(body: Data, contentType: String?) throws(FormBodyError) -> FormData {
        try parse(body: ByteBuffer(bytes: body), contentType: contentType)
    }

    /// Pairs split on `&`, names and values percent-decoded with `+` as a space. One pass.
    public static func parseURLEncoded(_ text: String) throws(FormBodyError) -> FormData {
        var form = FormData()
        var count = 0
        for pair in text.split(separator: "&") {
            count += 1
            guard count <= maxFields else { throw .tooManyFields }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            form.fields[name, default: []].append(value)
        }
        return form
    }

    /// The same without a limit error, for query strings that come from our own links.
    public static func query(_ text: String) -> FormData { (try? parseURLEncoded(text)) ?? FormData() }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// RFC 7578 through multipart-kit's streaming parser, which reads each byte once; parts are
    /// gathered by field name, files by their `filename` parameter.
    static func parseMultipart(_ body: ByteBuffer, boundary: String) throws(FormBodyError) -> FormData {
        guard body.withUnsafeReadableBytes({ MultipartHeaderGuard.check($0, boundary: boundary) }) else {
            throw .malformed("A part of the upload has a header name that is not plain ASCII.")
        }
        let parts = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in parts.header(name, value) }
        parser.onBody = { chunk in parts.body(&chunk) }
        parser.onPartComplete = { parts.complete() }
        // Fed in slices so that a body past the field limit stops being read at the limit
        // instead of being parsed to its end.
        var rest = body
        while rest.readableBytes > 0, parts.problem == nil {
            let slice = rest.readSlice(length: min(64 * 1024, rest.readableBytes))!
            do { try parser.execute(slice) } catch { throw .malformed("The upload is not valid multipart/form-data.") }
        }
        if let problem = parts.problem { throw problem }
        if parts.inPart { throw .malformed("The upload ended before its last part; send it again.") }
        return parts.form
    }
}

public enum FormBodyError: Error, Sendable, Equatable {
    case malformed(String)
    case tooManyFields
    case unsupportedType

    public var message: String {
        switch self {
        case .malformed(let text): text
        case .tooManyFields: "The form has more than \(FormData.maxFields) fields."
        case .unsupportedType: "Crosswise reads forms as application/x-www-form-urlencoded, and uploads as multipart/form-data where a page offers one."
        }
    }
}

/// Gathers the parser's callbacks into fields and files. A class because the parser's
/// callbacks are closures that must share it; it lives only for one parse.
private final class PartCollector {
    var form = FormData()
    var problem: FormBodyError?
    var inPart = false
    private var disposition = ""
    private var content = ByteBuffer()
    private var count = 0

    func header(_ name: String, _ value: String) {
        inPart = true
        if name.lowercased() == "content-disposition" { disposition = value }
    }

    func body(_ chunk: inout ByteBuffer) {
        inPart = true
        content.writeBuffer(&chunk)
    }

    func complete() {
        defer { disposition = ""; content.clear(); inPart = false }
        count += 1
        guard count <= FormData.maxFields else { problem = problem ?? .tooManyFields; return }
        let parameters = HeaderParameters(disposition)
        guard let name = parameters["name"] else { return }
        let bytes = Data(content.readableBytesView)
        if let filename = parameters["filename"] {
            if !filename.isEmpty || !bytes.isEmpty { form.files[name] = (TextCleaning.line(filename), bytes) }
        } else {
            form.fields[name, default: []].append(String(decoding: bytes, as: UTF8.self))
        }
    }
}
