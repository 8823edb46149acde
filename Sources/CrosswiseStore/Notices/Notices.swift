import FluentKit
import Foundation

/// One organization's notices: posting them (inbox row, and an outbox row when the person gets
/// this kind by e-mail), the inbox, read marks and delivery preferences.
///
/// E-mail is queued whenever the person has an address and wants it, whether or not SMTP is set
/// up: the writer then needs no settings (a booking or a rating only names its database), and
/// `OutboxWorker` without a sender marks what it finds as skipped and blanks any secret in it.
/// So "e-mail is off" is decided in one place, the process that owns the SMTP settings.
public struct Notices: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let now: @Sendable () -> Date

    public init(db: any Database, organizationID: UUID, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.now = now
    }

    public func post(_ notice: NewNotice, on db: any Database) async throws {
        try await post([notice], on: db)
    }

    /// Writes the notices on `db`, the caller's transaction, so they commit or roll back with
    /// the change they announce. Recipients outside this organization or inactive get nothing.
    /// The demo organization's addresses are made up, so its people get inbox notices only.
    /// Three queries and two inserts, whatever the number of notices.
    public func post(_ notices: [NewNotice], on db: any Database) async throws {
        guard !notices.isEmpty else { return }
        let people = try await Person.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$id ~~ Set(notices.map(\.recipientID))).all()
        try await post(notices, to: people, on: db)
    }

    /// For a caller that has loaded the recipients already (a booking): one query fewer.
    func post(_ notices: [NewNotice], to recipients: [Person], on db: any Database) async throws {
        guard !notices.isEmpty else { return }
        let ids = Set(notices.map(\.recipientID))
        let people = recipients.filter { $0.$organization.id == organizationID && $0.active }
        let byID = Dictionary(people.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let choices = try await NoticePreference.query(on: db).filter(\.$person.$id ~~ ids).all()
        var chosen: [String: NoticeDelivery] = [:]
        for row in choices { chosen["\(row.$person.id) \(row.kind)"] = NoticeDelivery(rawValue: row.delivery) }
        let isDemo = try await Organization.query(on: db).filter(\.$id == organizationID).filter(\.$isDemo == true).count() > 0
        let at = now()
        var rows: [InboxNotice] = []
        var mails: [OutboxMessage] = []
        for notice in notices {
            guard let person = byID[notice.recipientID] else { continue }
            let delivery = notice.kind.fixedDelivery ?? chosen["\(notice.recipientID) \(notice.kind.rawValue)"] ?? notice.kind.defaultDelivery
            let hasAddress = !person.email.isEmpty && !isDemo
            let row = InboxNotice()
            row.$organization.id = organizationID
            row.$person.id = notice.recipientID
            row.kind = notice.kind.rawValue
            row.title = notice.title
            row.body = notice.body
            row.subjectKind = notice.subject?.stored.kind
            row.subjectID = notice.subject?.stored.id
            row.createdAt = at
            row.digestPending = delivery == .digest && hasAddress
            rows.append(row)
            if delivery == .email && hasAddress {
                let mail = notice.mail
                mails.append(Outbox.message(to: person.email, personID: notice.recipientID, organizationID: organizationID,
                                            subject: mail.subject, text: mail.text, calendar: mail.calendar, hasSecret: mail.hasSecret, at: at))
            }
        }
        if !rows.isEmpty { try await rows.create(on: db) }
        if !mails.isEmpty { try await mails.create(on: db) }
    }

    // MARK: Inbox

    /// Newest first; `page` counts from 0.
    public func inbox(of personID: UUID, page: Int = 0, perPage: Int = 30) async throws -> [InboxNotice] {
        let size = max(1, min(perPage, 200))
        return try await inbox(of: personID, skipping: max(0, page) * size, limit: size)
    }

    /// `limit` notices after the newest `offset`: a page reads one more than it shows to know
    /// whether an older page exists, without reading the pages before it.
    public func inbox(of personID: UUID, skipping offset: Int, limit: Int) async throws -> [InboxNotice] {
        let start = max(0, offset)
        return try await InboxNotice.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$person.$id == personID)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).range(start..<start + max(1, min(limit, 201))).all()
    }

    /// One of the person's own notices; someone else's id finds nothing.
    public func notice(_ id: UUID, of personID: UUID) async throws -> InboxNotice? {
        try await InboxNotice.query(on: db).filter(\.$id == id).filter(\.$person.$id == personID)
            .filter(\.$organization.$id == organizationID).first()
    }

    /// For the header on every page: one query on the (person, read) index.
    public func unreadCount(of personID: UUID) async throws -> Int {
        try await InboxNotice.query(on: db).filter(\.$person.$id == personID).filter(\.$organization.$id == organizationID)
            .filter(\.$readAt == nil).count()
    }

    /// Marks one of the person's own notices read; someone else's id changes nothing.
    public func markRead(_ noticeID: UUID, by personID: UUID) async throws {
        try await InboxNotice.query(on: db).filter(\.$id == noticeID).filter(\.$person.$id == personID)
            .filter(\.$organization.$id == organizationID).filter(\.$readAt == nil).set(\.$readAt, to: now()).update()
    }

    public func markAllRead(by personID: UUID) async throws {
        try await InboxNotice.query(on: db).filter(\.$person.$id == personID).filter(\.$organization.$id == organizationID)
            .filter(\.$readAt == nil).set(\.$readAt, to: now()).update()
    }

    // MARK: Preferences

    /// Every kind with the person's choice or its default (fixed kinds show their fixed way).
    public func preferences(of personID: UUID) async throws -> [NoticeKind: NoticeDelivery] {
        let rows = try await NoticePreference.query(on: db).filter(\.$person.$id == personID).all()
        var result = Dictionary(NoticeKind.allCases.map { ($0, $0.fixedDelivery ?? $0.defaultDelivery) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            guard let kind = NoticeKind(rawValue: row.kind), kind.fixedDelivery == nil,
                  let delivery = NoticeDelivery(rawValue: row.delivery) else { continue }
            result[kind] = delivery
        }
        return result
    }

    /// A kind with a fixed delivery (temporary passwords) keeps it whatever is asked.
    public func setPreference(_ delivery: NoticeDelivery, for kind: NoticeKind, of personID: UUID) async throws {
        guard kind.fixedDelivery == nil else { return }
        guard try await Person.query(on: db).filter(\.$id == personID).filter(\.$organization.$id == organizationID).count() == 1 else {
            throw DirectoryError.notFound
        }
        try await db.transaction { db in
            try await NoticePreference.query(on: db).filter(\.$person.$id == personID).filter(\.$kind == kind.rawValue).delete()
            let row = NoticePreference()
            row.$person.id = personID
            row.kind = kind.rawValue
            row.delivery = delivery.rawValue
            try await row.create(on: db)
        }
    }
}
