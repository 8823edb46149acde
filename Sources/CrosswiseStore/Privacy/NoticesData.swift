import FluentKit
import Foundation

/// Notices: the inbox, delivery choices and the e-mails queued or sent to the person. Erasing
/// deletes all of those and takes the person's name and address out of notices and e-mails
/// addressed to others (an invitation lists who else attends), so nothing waiting to be sent
/// still names them.
struct NoticesData: PersonalDataArea {
    let section = "notices"

    struct Notices: Encodable, Sendable {
        let inbox: [Item]
        let delivery: [String: String]
        let emails: [Mail]
        let lastDigestDay: String?
    }

    /// Kind, link and dates without the wording: a notice's text is made from records the other
    /// sections export already, and it names colleagues ("Priya Nair rated your skills"), which
    /// the export never does.
    struct Item: Encodable, Sendable { let kind: String; let about: String?; let createdAt: Date; let readAt: Date? }
    /// The text is left out for the same reason as a notice's, and a temporary password's until
    /// it is sent; the state and dates say what went out and when.
    struct Mail: Encodable, Sendable { let calendarMethod: String?; let state: String; let createdAt: Date; let sentAt: Date? }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let inbox = try await InboxNotice.query(on: db).filter(\.$person.$id == id).sort(\.$createdAt, .descending).all()
            .map { Item(kind: $0.kind, about: $0.subjectKind, createdAt: $0.createdAt, readAt: $0.readAt) }
        let choices = try await NoticePreference.query(on: db).filter(\.$person.$id == id).all()
        let mails = try await OutboxMessage.query(on: db).filter(\.$person.$id == id).sort(\.$createdAt, .descending).all()
            .map { Mail(calendarMethod: $0.calendarMethod, state: $0.state, createdAt: $0.createdAt, sentAt: $0.sentAt) }
        let digest = try await DigestDay.find(id, on: db)
        return Notices(inbox: inbox, delivery: Dictionary(choices.map { ($0.kind, $0.delivery) }) { a, _ in a }, emails: mails,
                       lastDigestDay: digest?.day)
    }

    /// iCalendar text as written before folding and escaping (RFC 5545 3.1 and 3.3.11).
    static func unfolded(_ calendar: String) -> String {
        calendar.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\\\", with: "\\")
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        let id = erasure.personID
        try await InboxNotice.query(on: db).filter(\.$person.$id == id).delete()
        try await NoticePreference.query(on: db).filter(\.$person.$id == id).delete()
        try await DigestDay.query(on: db).filter(\.$id == id).delete()
        try await OutboxMessage.query(on: db).group(.or) { $0.filter(\.$person.$id == id).filter(\.$recipient == erasure.email) }.delete()
        for notice in try await InboxNotice.query(on: db).filter(\.$organization.$id == erasure.organizationID).all() {
            let (title, body) = (erasure.scrub(notice.title), erasure.scrub(notice.body))
            guard title != notice.title || body != notice.body else { continue }
            notice.title = title
            notice.body = body
            try await notice.save(on: db)
        }
        for mail in try await OutboxMessage.query(on: db).filter(\.$organization.$id == erasure.organizationID).all() {
            let (subject, text) = (erasure.scrub(mail.subject), erasure.scrub(mail.text))
            // An invitation is folded at 75 octets and escaped, so a name can be split or written
            // "Nair\, Rohan"; editing it would also break the calendar. One that names the person,
            // read unfolded and unescaped, is dropped: the e-mail's text still says what it was.
            let dropCalendar = mail.calendar.map { erasure.mentions(Self.unfolded($0)) } ?? false
            guard subject != mail.subject || text != mail.text || dropCalendar else { continue }
            mail.subject = subject
            mail.text = text
            if dropCalendar {
                mail.calendar = nil
                mail.calendarMethod = nil
            }
            try await mail.save(on: db)
        }
    }
}
