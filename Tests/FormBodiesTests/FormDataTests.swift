import FormBodies
import Foundation
import NIOCore
import Testing

@Suite struct FormDataTests {
    func multipart(_ parts: [(String, String, String?)], boundary: String = "b0und") -> ByteBuffer {
        var body = ""
        for (name, value, file) in parts {
            let filename = file.map { "; filename=\"\($0)\"" } ?? ""
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\(filename)\r\n\r\n\(value)\r\n"
        }
        return ByteBuffer(string: body + "--\(boundary)--\r\n")
    }

    @Test func multipartFieldsAndFilesAreReadWithQuotedParameters() throws {
        let body = multipart([("csrf", "abc", nil), ("mode", "check", nil), ("file", "name,email\r\nA,a@x.example\r\n", "peo;ple.csv")])
        let form = try FormData.parse(body: body, contentType: "multipart/form-data; boundary=\"b0und\"")
        #expect(form["csrf"] == "abc" && form["mode"] == "check")
        let file = try #require(form.files["file"])
        #expect(file.name == "peo;ple.csv")
        #expect(String(decoding: file.data, as: UTF8.self) == "name,email\r\nA,a@x.example\r\n")
    }

    @Test func aBodyOfAHundredThousandPartsIsRefusedAsTooManyFields() throws {
        // The review's attack body: 5.2 MB of tiny parts took 89 s with the old reader.
        let part = "--a\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n"
        let body = ByteBuffer(string: String(repeating: part, count: 100_000) + "--a--\r\n")
        #expect(throws: FormBodyError.tooManyFields) { try FormData.parse(body: body, contentType: "multipart/form-data; boundary=a") }
    }

    @Test func aBodyOfRepeatedDelimitersEndsWithoutAPart() throws {
        let body = ByteBuffer(string: String(repeating: "--a", count: 1_000_000))
        #expect(throws: FormBodyError.self) { try FormData.parse(body: body, contentType: "multipart/form-data; boundary=a") }
    }

    @Test func aMissingOrOverlongBoundaryOrUnknownTypeIsAClearError() {
        #expect(throws: FormBodyError.self) { try FormData.parse(body: ByteBuffer(), contentType: "multipart/form-data") }
        #expect(throws: FormBodyError.self) { try FormData.parse(body: ByteBuffer(), contentType: "multipart/form-data; boundary=\(String(repeating: "x", count: 71))") }
        #expect(throws: FormBodyError.unsupportedType) { try FormData.parse(body: ByteBuffer(string: "{}"), contentType: "application/json") }
    }

    @Test func aTruncatedUploadIsRefusedNotHalfRead() {
        let body = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname,email\r\nA,a@x")
        #expect(throws: FormBodyError.self) { try FormData.parse(body: body, contentType: "multipart/form-data; boundary=b") }
    }

    @Test func urlEncodedPairsDecodeAndAMillionPairsAreRefused() throws {
        let form = try FormData.parseURLEncoded("title=Stand+up%21&team=1&team=2&empty=&bad=%zz")
        #expect(form["title"] == "Stand up!" && form.all("team") == ["1", "2"] && form["empty"] == "" && form["bad"] == "%zz")
        #expect(throws: FormBodyError.tooManyFields) { try FormData.parseURLEncoded(String(repeating: "a=&", count: 1_000_000)) }
    }

    @Test func singleLineFieldsLoseControlCharactersAndTextAreasKeepLines() throws {
        let form = try FormData.parseURLEncoded("title=Standup%0D%0AATTENDEE%3BCN%3DEvil%3Amailto%3Aa%40evil.example&text=one%0D%0Atwo%0Dthree%00&password=%20a%09b")
        #expect(form["title"] == "StandupATTENDEE;CN=Evil:mailto:a@evil.example")
        #expect(form.text("text") == "one\ntwo\nthree")
        #expect(form.raw("password") == " a\tb")
        #expect(TextCleaning.line("a\u{2028}b\u{85}c\u{1B}[31m") == "abc[31m")
    }

    @Test func aNonASCIIByteInAPartsHeaderNameIsRefusedNotACrash() {
        // multipart-kit 4.7.1 indexed a 128-entry table with it and stopped the process
        // (FuzzFormBody, within a second; Fuzz/FuzzFormBody/corpus/regress-non-ascii-header-name).
        var bytes = Array("--a\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--a\r\nCon".utf8)
        bytes += [0x90] + Array("tent-Disposition: form-data; name=\"x\"\r\n\r\nv\r\n--a--\r\n".utf8)
        #expect(throws: FormBodyError.self) { try FormData.parse(body: ByteBuffer(bytes: bytes), contentType: "multipart/form-data; boundary=a") }
        // The same after a header value that ends in a bare LF, which multipart-kit keeps in
        // the value: the next header name starts after the CR LF that follows.
        var afterLF = Array("--a\r\nContent-Type: text/csv\n\r\nnam".utf8)
        afterLF += [0xFF] + Array("e: x\r\n\r\nv\r\n--a--\r\n".utf8)
        #expect(throws: FormBodyError.self) { try FormData.parse(body: ByteBuffer(bytes: afterLF), contentType: "multipart/form-data; boundary=a") }
        // UTF-8 in a header value (a file name) and in the content is fine.
        let fine = ByteBuffer(string: "--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"résumé.csv\"\r\n\r\nnom,prénom\r\n--a--\r\n")
        #expect(throws: Never.self) { try FormData.parse(body: fine, contentType: "multipart/form-data; boundary=a") }
        #expect((try? FormData.parse(body: fine, contentType: "multipart/form-data; boundary=a"))?.files["file"]?.name == "résumé.csv")
    }
}
