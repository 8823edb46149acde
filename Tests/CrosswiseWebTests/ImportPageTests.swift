import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@Suite struct ImportPageTests {
    let csv = """
    name,email,role,teams,time_zone,country,working_hours
    Liza Soberano,liza@meridianshore.example.com,member,Night Desk – Customer Care,Asia/Manila,PH,Mon-Fri 21:00-06:00
    Ravi Teja,ravi@meridianshore.example.com,member,EMEA Service Desk,Asia/Kolkata,IN,Mon-Fri 25:00-06:00
    """

    func upload(_ client: some TestClientProtocol, cookie: String, text: String, mode: String) async throws -> TestResponse {
        let boundary = "XyZ123"
        var body = ""
        for (name, value) in [("csrf", TestApp.formToken(cookie)), ("mode", mode)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n\(text)\r\n--\(boundary)--\r\n"
        return try await client.execute(uri: "/admin/import", method: .post,
                                        headers: [.cookie: cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                        body: ByteBuffer(string: body))
    }

    @Test func anUploadWithOneBadRowReportsItAndWritesNoRow() async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let response = try await upload(client, cookie: admin, text: csv, mode: "import")
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("working_hours: “25:00” is not a time of day"))
                #expect(response.text.contains("Nothing was written"))
                #expect(try await Person.query(on: app.services.db).filter(\.$email ~~ ["liza@meridianshore.example.com", "ravi@meridianshore.example.com"]).count() == 0)

                let fixed = csv.replacingOccurrences(of: "25:00", with: "13:00")
                let check = try await upload(client, cookie: admin, text: fixed, mode: "check")
                #expect(check.status == .ok && check.text.contains("will be created"))
                #expect(try await Person.query(on: app.services.db).filter(\.$email == "liza@meridianshore.example.com").count() == 0)
                let done = try await upload(client, cookie: admin, text: fixed, mode: "import")
                #expect(done.status == .ok && done.text.contains("2 people created"))
                let team = try await client.get("/teams", cookie: admin)
                #expect(team.status == .ok)
                let liza = try await app.person("liza@meridianshore.example.com")
                #expect(liza.workingHours == "Mon-Fri 21:00-06:00")
            }
        }
    }
}
