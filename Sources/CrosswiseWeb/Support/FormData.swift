import Foundation

/// The fields of a submitted form, from `application/x-www-form-urlencoded` or
/// `multipart/form-data` (the people import uploads a file). Repeated names (checkboxes) keep
/// every value.
public struct FormData: Sendable {
    public var fields: [String: [String]] = [:]
    /// Uploaded files by field name: the file name and its bytes.
    public var files: [String: (name: String, data: Data)] = [:]

    public init() {}

    public subscript(_ name: String) -> String { fields[name]?.first ?? "" }

    public func all(_ name: String) -> [String] { fields[name] ?? [] }

    public func uuids(_ name: String) -> [UUID] { all(name).compactMap(UUID.init(uuidString:)) }

    public static func parse(body: Data, contentType: String?) -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data"), let boundary = boundary(in: contentType ?? "") {
            return parseMultipart(body, boundary: boundary)
        }
        return parseURLEncoded(String(decoding: body, as: UTF8.self))
    }

    public static func parseURLEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(String(parts[0]))
            let value = parts.count > 1 ? decode(String(parts[1])) : ""
            form.fields[name, default: []].append(value)
        }
        return form
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
    }

    static func boundary(in contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.lowercased().hasPrefix("boundary=") {
                return String(trimmed.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// A minimal RFC 7578 reader: parts split on the boundary, each with a Content-Disposition
    /// naming the field and, for files, the file name.
    static func parseMultipart(_ body: Data, boundary: String) -> FormData {
        var form = FormData()
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var position = body.startIndex
        var parts: [Data] = []
        while let range = body.range(of: delimiter, in: position..<body.endIndex) {
            if position != body.startIndex { parts.append(body[position..<range.lowerBound]) }
            position = range.upperBound
        }
        for var part in parts {
            // Each part starts after the delimiter's CRLF and ends with a CRLF before the next.
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: headerEnd) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let content = Data(part[split.upperBound...])
            guard let name = attribute("name", in: headers) else { continue }
            if let filename = attribute("filename", in: headers) {
                if !filename.isEmpty || !content.isEmpty { form.files[name] = (filename, content) }
            } else {
                form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
            }
        }
        return form
    }

    static func attribute(_ key: String, in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition") {
            for item in line.split(separator: ";") {
                let pair = item.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("\(key)=\"") {
                    return String(pair.dropFirst(key.count + 2).dropLast())
                }
            }
        }
        return nil
    }
}
