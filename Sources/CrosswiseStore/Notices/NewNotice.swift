import Foundation

/// A notice to post: the inbox line, and what its e-mail says when it differs from the line.
public struct NewNotice: Sendable {
    public var recipientID: UUID
    public var kind: NoticeKind
    public var title: String
    public var body: String
    public var subject: NoticeSubject?
    /// The e-mail, when it says more than the inbox line (a calendar part, a password).
    public var email: Email?

    public struct Email: Sendable {
        public var subject: String
        public var text: String
        public var calendar: OutgoingMail.CalendarPart?
        /// The text carries a secret: it is blanked in the outbox once sent, and never shown
        /// in the inbox.
        public var hasSecret: Bool

        public init(subject: String, text: String, calendar: OutgoingMail.CalendarPart? = nil, hasSecret: Bool = false) {
            self.subject = subject
            self.text = text
            self.calendar = calendar
            self.hasSecret = hasSecret
        }
    }

    public init(to recipientID: UUID, kind: NoticeKind, title: String, body: String, subject: NoticeSubject? = nil, email: Email? = nil) {
        self.recipientID = recipientID
        self.kind = kind
        self.title = title
        self.body = body
        self.subject = subject
        self.email = email
    }

    /// The e-mail to queue: the given one, or the inbox line as a short message.
    var mail: Email {
        email ?? Email(subject: title, text: body + NewNotice.footer)
    }

    static let footer = "\n\n--\nCrosswise. Choose which notices reach you by e-mail on your profile page.\n"
}
