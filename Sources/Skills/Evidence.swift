import Foundation

/// One reading of a person's level in one competency: a finished self-assessment, a lead's
/// rating, and later peer reviews and practice records. A profile is computed from these rows
/// alone, so every number on it can be traced back to who said what, and when.
public struct Evidence: Codable, Sendable, Equatable {
    public enum Source: String, Codable, Sendable, CaseIterable {
        case selfAssessment = "self", lead, peer, practice

        /// How much a reading counts against the others. A lead sees the work across many
        /// contacts and is asked for an example, so a rating counts twice a self-rating; peers
        /// and practice records sit between.
        public var weight: Double {
            switch self {
            case .selfAssessment: 1
            case .lead: 2
            case .peer, .practice: 1.5
            }
        }

        public var label: String {
            switch self {
            case .selfAssessment: "Self-assessment"
            case .lead: "Lead's rating"
            case .peer: "Peer review"
            case .practice: "Practice record"
            }
        }
    }

    public var competency: String
    /// 1.0 to 5.0.
    public var level: Double
    public var source: Source
    public var recordedAt: Date
    /// The assessment or rating round the reading came from; readings of one round share it.
    public var batch: UUID
    public var frameworkVersion: Int

    public init(competency: String, level: Double, source: Source, recordedAt: Date, batch: UUID, frameworkVersion: Int) {
        self.competency = competency
        self.level = min(5, max(1, level))
        self.source = source
        self.recordedAt = recordedAt
        self.batch = batch
        self.frameworkVersion = frameworkVersion
    }
}
