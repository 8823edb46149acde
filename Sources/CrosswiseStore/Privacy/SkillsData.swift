import FluentKit
import Foundation
import Skills

/// Assessments with their answers, evidence about the person, ratings and notes they gave
/// others, their career choice and plans. Other people are never named: a rating received
/// says it came from a lead, a rating given does not say about whom.
struct SkillsData: PersonalDataArea {
    let section = "skills"

    struct Export: Encodable, Sendable {
        let assessments: [AssessmentRow]
        let evidence: [EvidenceRow]
        let ratingsGiven: [EvidenceRow]
        let career: Career?
        let plans: [Plan]
        let notesOnOthersPlans: [Note]
        let frameworkVersionsAuthored: [Int]
    }

    struct AssessmentRow: Encodable, Sendable {
        let frameworkVersion: Int
        let status: String
        let startedAt, completedAt: Date?
        let answers: AssessmentAnswers?
    }

    struct EvidenceRow: Encodable, Sendable {
        let competency, source: String
        let level: Double
        let byThemselves: Bool
        let comment, example: String?
        let frameworkVersion: Int
        let recordedAt: Date
    }

    struct Career: Encodable, Sendable { let current: String; let target: String? }

    struct Plan: Encodable, Sendable {
        let role, status: String
        let frameworkVersion: Int
        let goals: [PlanGoal]
        let notes: [Note]
        let createdAt, updatedAt: Date?
    }

    struct Note: Encodable, Sendable {
        let kind, day, text: String
        let byThemselves: Bool
        let createdAt: Date?
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let decoder = JSONDecoder()
        let assessments = try await Assessment.query(on: db).filter(\.$person.$id == id).sort(\.$startedAt).all().map {
            AssessmentRow(frameworkVersion: $0.frameworkVersion, status: $0.status, startedAt: $0.startedAt, completedAt: $0.completedAt,
                          answers: try? decoder.decode(AssessmentAnswers.self, from: Data($0.answers.utf8)))
        }
        func row(_ record: EvidenceRecord) -> EvidenceRow {
            EvidenceRow(competency: record.competencyID, source: record.source, level: record.level, byThemselves: record.$recordedBy.id == id,
                        comment: record.comment, example: record.example, frameworkVersion: record.frameworkVersion, recordedAt: record.recordedAt)
        }
        let evidence = try await EvidenceRecord.query(on: db).filter(\.$person.$id == id).sort(\.$recordedAt).all().map(row)
        let given = try await EvidenceRecord.query(on: db).filter(\.$recordedBy.$id == id).filter(\.$person.$id != id)
            .sort(\.$recordedAt).all().map(row)
        let choice = try await CareerChoice.query(on: db).filter(\.$person.$id == id).first()
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == id).sort(\.$createdAt).all()
        let planIDs = plans.compactMap(\.id)
        let notes = planIDs.isEmpty ? [] : try await PlanNote.query(on: db).filter(\.$plan.$id ~~ planIDs).sort(\.$day).all()
        func note(_ row: PlanNote) -> Note {
            Note(kind: row.kind, day: row.day, text: row.text, byThemselves: row.$author.id == id, createdAt: row.createdAt)
        }
        let written = try await PlanNote.query(on: db).filter(\.$author.$id == id).sort(\.$day).all().filter { !planIDs.contains($0.$plan.id) }
        let versions = try await FrameworkVersion.query(on: db).filter(\.$author.$id == id).sort(\.$version).all().map(\.version)
        return Export(
            assessments: assessments, evidence: evidence, ratingsGiven: given,
            career: choice.map { Career(current: $0.currentRole, target: $0.targetRole) },
            plans: plans.map { plan in
                Plan(role: plan.roleID, status: plan.status, frameworkVersion: plan.frameworkVersion,
                     goals: (try? decoder.decode([PlanGoal].self, from: Data(plan.goals.utf8))) ?? [],
                     notes: notes.filter { $0.$plan.id == plan.id }.map(note), createdAt: plan.createdAt, updatedAt: plan.updatedAt)
            },
            notesOnOthersPlans: written.map(note), frameworkVersionsAuthored: versions)
    }

    /// Their assessments, evidence, career choice and plans go; ratings and notes they wrote
    /// about others stay with those people, without the author.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        let id = erasure.personID
        let planIDs = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == id).all().compactMap(\.id)
        if !planIDs.isEmpty { try await PlanNote.query(on: db).filter(\.$plan.$id ~~ planIDs).delete() }
        try await DevelopmentPlan.query(on: db).filter(\.$person.$id == id).delete()
        try await CareerChoice.query(on: db).filter(\.$person.$id == id).delete()
        try await EvidenceRecord.query(on: db).filter(\.$person.$id == id).delete()
        try await Assessment.query(on: db).filter(\.$person.$id == id).delete()
        try await EvidenceRecord.query(on: db).filter(\.$recordedBy.$id == id).set(\.$recordedBy.$id, to: nil).update()
        try await PlanNote.query(on: db).filter(\.$author.$id == id).set(\.$author.$id, to: nil).update()
        try await FrameworkVersion.query(on: db).filter(\.$author.$id == id).set(\.$author.$id, to: nil).update()
    }
}
