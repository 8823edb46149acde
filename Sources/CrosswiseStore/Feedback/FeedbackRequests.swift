import FluentKit
import Foundation
import Worldtime

/// Requests for feedback in one organization. Who sees what:
///
/// - the asker sees their request, everyone asked and who has answered;
/// - each person asked sees the question and their own part, never who else was asked;
/// - nobody else, admins and leads included (a request is a conversation between colleagues).
///
/// Anything else is `DirectoryError.notFound`, like an id of another organization.
public struct FeedbackRequests: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let now: @Sendable () -> Date

    /// The one reminder goes out this many days after the request, at the start of the
    /// person's shift: long enough for someone on leave or nights to find the first notice,
    /// short enough that the asker still remembers what they asked about.
    public static let reminderDays = 3

    public init(db: any Database, organizationID: UUID, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.now = now
    }

    /// A request with the people asked, by name, in the order asked.
    public struct Item: Sendable {
        public let request: FeedbackRequest
        public let askerName: String
        public let asked: [Asked]
        public var answeredCount: Int { asked.filter { $0.answeredAt != nil }.count }

        public init(request: FeedbackRequest, askerName: String, asked: [Asked]) {
            (self.request, self.askerName, self.asked) = (request, askerName, asked)
        }
    }

    public struct Asked: Sendable {
        public let personID: UUID
        public let name: String
        public let answeredAt: Date?
        public let entryID: UUID?
        /// When their notice arrives (or arrived): the start of their shift.
        public let noticeDueAt: Date

        public init(personID: UUID, name: String, answeredAt: Date?, entryID: UUID?, noticeDueAt: Date) {
            (self.personID, self.name, self.answeredAt, self.entryID, self.noticeDueAt) = (personID, name, answeredAt, entryID, noticeDueAt)
        }
    }

    /// Stores the request and one ask per person, each with its notice and reminder due at
    /// the start of that person's own shift; a notice due now is posted in the same
    /// transaction. Nothing is written when it throws `ValidationFailure`.
    @discardableResult
    public func ask(_ draft: FeedbackRequestDraft, from askerID: UUID, competencies: Set<String>) async throws -> FeedbackRequest {
        let checked = try draft.check(asker: askerID, competencies: competencies)
        let directory = Directory(db: db, organizationID: organizationID)
        guard let asker = try await directory.person(askerID), asker.active else { throw DirectoryError.notFound }
        let people = try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$active == true)
            .filter(\.$id ~~ checked.people).all()
        guard people.count == checked.people.count else {
            throw ValidationFailure([FieldError(.people, "Choose colleagues in your organization")])
        }
        let schedules = try await directory.participants(people).participants
        let at = now()
        let later = at.addingTimeInterval(Double(Self.reminderDays) * 86400)
        let due: [UUID: (notice: Date, reminder: Date)] = Dictionary(schedules.compactMap { participant in
            participant.personID.map { ($0, (participant.schedule.nextShiftStart(after: at), participant.schedule.nextShiftStart(after: later))) }
        }, uniquingKeysWith: { a, _ in a })
        let request = FeedbackRequest()
        request.$organization.id = organizationID
        request.$asker.id = askerID
        request.question = checked.question
        request.competency = checked.competency
        try await db.transaction { db in
            try await request.create(on: db)
            for id in checked.people {
                let ask = FeedbackAsk()
                ask.$request.id = request.id!
                ask.$person.id = id
                // A schedule that cannot be read (none is stored unread) gets the notice now.
                ask.noticeDueAt = due[id]?.notice ?? at
                ask.reminderDueAt = due[id]?.reminder ?? at.addingTimeInterval(Double(Self.reminderDays) * 86400)
                try await ask.create(on: db)
            }
            try await FeedbackRequestNotices(db: db).post(at: at, organizationID: organizationID, request: request.id!)
        }
        return request
    }

    /// The requests `askerID` made, newest first, with everyone asked.
    public func made(by askerID: UUID, limit: Int = 50) async throws -> [Item] {
        try await lists(of: askerID, limit: limit).made
    }

    /// What `personID` was asked and can still answer: open requests they have not answered,
    /// newest first. The asked list holds only them. Only the notice waits for their shift:
    /// someone who opens Feedback earlier sees the request there.
    public func waiting(for personID: UUID, limit: Int = 50) async throws -> [Item] {
        try await lists(of: personID, limit: limit).waiting
    }

    /// Both lists of `/feedback` in four statements: the person's open asks with their
    /// requests, the requests they made, the asks of those, and every name.
    public func lists(of personID: UUID, limit: Int = 50) async throws -> (waiting: [Item], made: [Item]) {
        let asks = try await FeedbackAsk.query(on: db).filter(\.$person.$id == personID).filter(\.$answeredAt == nil)
            .join(FeedbackRequest.self, on: \FeedbackAsk.$request.$id == \FeedbackRequest.$id)
            .filter(FeedbackRequest.self, \.$organization.$id == organizationID)
            .filter(FeedbackRequest.self, \.$closedAt == nil)
            .sort(FeedbackRequest.self, \.$createdAt, .descending).range(..<limit).all()
        let asked = try asks.map { ($0, try $0.joined(FeedbackRequest.self)) }
        let made = try await FeedbackRequest.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$asker.$id == personID).sort(\.$createdAt, .descending).sort(\.$id).range(..<limit).all()
        let madeAsks = made.isEmpty ? [] : try await FeedbackAsk.query(on: db).filter(\.$request.$id ~~ made.compactMap(\.id)).all()
        let names = try await names(Set(asked.map { $0.1.$asker.id } + asks.map { $0.$person.id } + madeAsks.map { $0.$person.id }))
        return (asked.map { ask, request in item(request, asks: [ask], names: names) },
                made.map { request in item(request, asks: madeAsks.filter { $0.$request.id == request.id }, names: names) })
    }

    /// One request as `readerID` may see it: the asker all of it, a person asked only their part.
    public func request(_ id: UUID, readBy readerID: UUID) async throws -> Item {
        guard let request = try await FeedbackRequest.query(on: db).filter(\.$id == id)
            .filter(\.$organization.$id == organizationID).first() else { throw DirectoryError.notFound }
        let item = try await items([request], onlyFor: request.$asker.id == readerID ? nil : readerID).first
        guard let item, request.$asker.id == readerID || !item.asked.isEmpty else { throw DirectoryError.notFound }
        return item
    }

    /// Closes an open request of the asker's: no more answers, no reminder. Anyone else's id
    /// is not found.
    public func close(_ id: UUID, by askerID: UUID) async throws {
        let request = try await self.request(id, readBy: askerID)
        guard request.request.$asker.id == askerID else { throw DirectoryError.notFound }
        guard request.request.isOpen else { return }
        request.request.closedAt = now()
        try await request.request.update(on: db)
    }

    /// The ask an answer from `giverID` to `receiverID` closes, or a refusal naming why.
    func openAsk(_ requestID: UUID, giver giverID: UUID, receiver receiverID: UUID?, on db: any Database) async throws -> FeedbackAsk {
        let ask = try await FeedbackAsk.query(on: db).filter(\.$request.$id == requestID).filter(\.$person.$id == giverID)
            .join(FeedbackRequest.self, on: \FeedbackAsk.$request.$id == \FeedbackRequest.$id)
            .filter(FeedbackRequest.self, \.$organization.$id == organizationID).first()
        guard let ask, let request = try? ask.joined(FeedbackRequest.self), request.$asker.id == receiverID else {
            throw ValidationFailure([FieldError(.request, "This request is not one you were asked; give feedback without it")])
        }
        guard request.isOpen else { throw ValidationFailure([FieldError(.request, "This request was closed by the person who asked")]) }
        guard ask.answeredAt == nil else { throw ValidationFailure([FieldError(.request, "You have answered this request already")]) }
        return ask
    }

    private func items(_ requests: [FeedbackRequest], onlyFor personID: UUID? = nil) async throws -> [Item] {
        guard !requests.isEmpty else { return [] }
        var query = FeedbackAsk.query(on: db).filter(\.$request.$id ~~ requests.compactMap(\.id))
        if let personID { query = query.filter(\.$person.$id == personID) }
        let asks = try await query.all()
        let names = try await names(Set(asks.map { $0.$person.id } + requests.map { $0.$asker.id }))
        let byRequest = Dictionary(grouping: asks, by: { $0.$request.id })
        return requests.map { item($0, asks: byRequest[$0.id!] ?? [], names: names) }
    }

    private func item(_ request: FeedbackRequest, asks: [FeedbackAsk], names: [UUID: String]) -> Item {
        let asked = asks.map {
            Asked(personID: $0.$person.id, name: names[$0.$person.id] ?? "", answeredAt: $0.answeredAt, entryID: $0.$entry.id,
                  noticeDueAt: $0.noticeDueAt)
        }.sorted { $0.name < $1.name }
        return Item(request: request, askerName: names[request.$asker.id] ?? "", asked: asked)
    }

    private func names(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(try await Person.query(on: db).filter(\.$id ~~ Array(ids)).all().map { ($0.id!, $0.name) },
                          uniquingKeysWith: { a, _ in a })
    }
}
