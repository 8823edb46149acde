import FluentKit
import Foundation

/// A person pressed "I have read this brief" on a country's brief (`brief` = "DE") or on a
/// client's note (`brief` = "client:<id>", with `client_id` so the row goes with the client).
/// `evidence` says whether a practice evidence row was written with it (only when the
/// framework has a cultural-awareness competency).
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class BriefRead: Model, @unchecked Sendable {
    public static let schema = "culture_brief_reads"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "person_id") public var person: Person
    @Field(key: "brief") public var brief: String
    @OptionalParent(key: "client_id") public var client: Client?
    @Field(key: "evidence") public var evidence: Bool
    @Field(key: "read_at") public var readAt: Date

    public init() {}

    init(organizationID: UUID, personID: UUID, brief: String, clientID: UUID?, evidence: Bool, readAt: Date) {
        self.$organization.id = organizationID
        self.$person.id = personID
        self.brief = brief
        self.$client.id = clientID
        self.evidence = evidence
        self.readAt = readAt
    }
}
