import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Everything Crosswise holds about one person as a JSON file to save: their own ("Download my
/// data") or, for an admin, someone else's. Never cached, since it is all personal.
struct PersonalDataDownload {
    let services: AppServices

    func own(context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return try await file(of: viewer.personID, organizationID: viewer.organizationID, viewer: viewer)
    }

    /// An admin's download of someone in their organization; another organization's id is 404.
    func someone(context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer, includingSelf: true)
        return try await file(of: try person.requireID(), organizationID: viewer.organizationID, viewer: viewer)
    }

    private func file(of personID: UUID, organizationID: UUID, viewer: Viewer) async throws -> Response {
        let document = try await PersonalData(db: services.db, organizationID: organizationID, now: services.now).export(personID)
        let today = services.today(for: viewer)
        let name = "crosswise-data-\(today).json"
        return Response(status: .ok, headers: [
            .contentType: "application/json; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(name)\"",
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: Array(try document.json()))))
    }
}
