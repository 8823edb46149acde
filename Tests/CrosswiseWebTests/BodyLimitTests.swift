import CrosswiseStore
import CrosswiseWeb
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// What a stranger can make the server read: a few kilobytes, URL-encoded, on the sign-in and
/// setup forms only. Uploads are read only for a signed-in admin on the upload routes.
@Suite struct BodyLimitTests {
    static let attackPart = "--a\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n"

    @Test func aMultipartSignInWithoutACookieIsRefusedUnread() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let body = ByteBuffer(string: String(repeating: BodyLimitTests.attackPart, count: 100_000))
                let response = try await client.execute(uri: "/signin", method: .post, headers: [.contentType: "multipart/form-data; boundary=a"], body: body)
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test func anOverLimitSignInBodyIsA413PageNotA500() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let body = client.form([("csrf", TestApp.csrf), ("email", String(repeating: "x", count: 40_000)), ("password", "p")])
                let response = try await client.execute(uri: "/signin", method: .post,
                                                        headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "cw_csrf=\(TestApp.csrf)"], body: body)
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("larger than this form accepts (16 KB)"))
            }
        }
    }

    @Test func aSignedOutPostToAnyOtherFormIsSentToSignInUnread() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let body = ByteBuffer(string: String(repeating: BodyLimitTests.attackPart, count: 1_000))
                let response = try await client.execute(uri: "/admin/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=a"], body: body)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/signin") == true)
            }
        }
    }

    @Test func multipartIsReadOnlyOnUploadRoutesAndOnlyForAdmins() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let admin = try await client.signIn(TestApp.admin)
                let body = "--a\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(TestApp.formToken(member))\r\n--a--\r\n"
                let onForm = try await client.execute(uri: "/check", method: .post, headers: [.cookie: member, .contentType: "multipart/form-data; boundary=a"],
                                                      body: ByteBuffer(string: body))
                #expect(onForm.status == .unsupportedMediaType)
                let memberUpload = try await client.execute(uri: "/admin/import", method: .post, headers: [.cookie: member, .contentType: "multipart/form-data; boundary=a"],
                                                            body: ByteBuffer(string: body))
                #expect(memberUpload.status == .forbidden)
                // The review's 5.2 MB body of 100,000 parts, as an admin: refused as too many fields.
                let attack = ByteBuffer(string: String(repeating: BodyLimitTests.attackPart, count: 100_000) + "--a--\r\n")
                let adminUpload = try await client.execute(uri: "/admin/import", method: .post, headers: [.cookie: admin, .contentType: "multipart/form-data; boundary=a"], body: attack)
                #expect(adminUpload.status == .badRequest)
                #expect(adminUpload.text.contains("more than 5000 fields"))
            }
        }
    }

    @Test func anUploadOverEightMegabytesIsA413Page() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let big = "--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n\r\n" + String(repeating: "x", count: 9 * 1024 * 1024) + "\r\n--a--\r\n"
                let response = try await client.execute(uri: "/admin/import", method: .post, headers: [.cookie: admin, .contentType: "multipart/form-data; boundary=a"],
                                                        body: ByteBuffer(string: big))
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("8 MB"))
            }
        }
    }
}
