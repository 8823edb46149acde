import FluentKit
import Foundation

/// One area's part in a person's export and erasure. An area that stores something about
/// people adds a value conforming to this to `PersonalData.areas`, and both the export and
/// the erasure include it; nothing else needs to change.
public protocol PersonalDataArea: Sendable {
    /// The section's key in the export. People and their tools read it, so it never changes.
    var section: String { get }

    /// What the area holds about the person, as plain `Encodable` values. Never another
    /// person's name or e-mail, never a token, hash or password.
    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable

    /// Deletes the person's own records and strips them from rows other people depend on.
    /// Runs inside the erasure's transaction, before the person's own row is anonymised.
    func erase(_ erasure: Erasure, on db: any Database) async throws
}

/// The person being erased, as the areas need them: what to find and what to put instead.
public struct Erasure: Sendable {
    public let personID: UUID
    public let organizationID: UUID
    public let name: String
    public let email: String
    /// The ledger key the person's past meeting rows share from now on: a fresh random id, so
    /// a team's fairness history still adds up without pointing at anyone.
    public let formerKey: String

    /// What other people's records show in place of the erased person.
    public static let standIn = "A former colleague"
}

extension PersonalData {
    /// Every area, in the export's reading order (the JSON sorts keys anyway).
    public static let areas: [any PersonalDataArea] = [
        ProfileData(), AccountData(), SessionsData(), TeamsData(), SkillsData(), MeetingsData(),
        DaysOffData(), WritingChecksData(), CalendarFeedData(), NoticesData(), AuditData(),
        FeedbackData(),
        ClientNotesData(), CulturePlacementData(),
        FeedbackRequestData(),
        ClientFeedbackData(),
        BriefReadsData(),
    ]
}
