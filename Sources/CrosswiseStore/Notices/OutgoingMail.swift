import Foundation

/// One e-mail as the sender sees it: the outbox row without its bookkeeping. The CLI hands
/// these to the SMTP client through `OutboxWorker`'s `deliver` closure.
public struct OutgoingMail: Sendable, Equatable {
    public var to: String
    public var subject: String
    public var text: String
    /// An iCalendar invitation or cancellation to attach (text/calendar; method=...).
    public var calendar: CalendarPart?
    /// Without angle brackets ("3f2c...@crosswise"); the same on every attempt, so a server
    /// that already took the message can drop the copy.
    public var messageID: String

    public struct CalendarPart: Sendable, Equatable {
        public var text: String
        /// "REQUEST" or "CANCEL", for the part's content type.
        public var method: String

        public init(text: String, method: String) { self.text = text; self.method = method }
    }

    public init(to: String, subject: String, text: String, calendar: CalendarPart?, messageID: String) {
        self.to = to
        self.subject = subject
        self.text = text
        self.calendar = calendar
        self.messageID = messageID
    }
}

/// What a failed delivery says about trying again. The SMTP client's errors conform; any other
/// error (a dropped connection, a timeout) counts as temporary.
public protocol DeliveryFailure: Error {
    /// True when trying again cannot help (the server refused the address: 5xx).
    var isPermanent: Bool { get }
    /// A short kind for the admin page and the logs ("timeout", "mailbox-unavailable"), never
    /// the server's text, which may quote the address.
    var kind: String { get }
}

/// A `DeliveryFailure` for senders without error types of their own, and for tests.
public struct MailRefused: DeliveryFailure {
    public var isPermanent: Bool
    public var kind: String

    public init(permanent: Bool, kind: String) {
        self.isPermanent = permanent
        self.kind = kind
    }
}
