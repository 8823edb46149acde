import Foundation

/// What a notice is about. A later area adds a case, its label and its default delivery
/// (feedback requests, certificate expiries...); the raw value is what the database keeps.
public enum NoticeKind: String, CaseIterable, Codable, Sendable {
    case meetingBooked = "meeting-booked"
    case meetingMoved = "meeting-moved"
    case meetingCancelled = "meeting-cancelled"
    case leadComment = "lead-comment"
    case leadRating = "lead-rating"
    case checkInDue = "check-in-due"
    case temporaryPassword = "temporary-password"
    case passwordReset = "password-reset"
    case recordDeactivated = "record-deactivated"
    case feedbackRequested = "feedback-requested"
    case feedbackReminder = "feedback-reminder"

    /// For the preferences page.
    public var label: String {
        switch self {
        case .meetingBooked: "A meeting you attend is booked"
        case .meetingMoved: "A meeting you attend moves"
        case .meetingCancelled: "A meeting you attend is cancelled"
        case .leadComment: "Your lead comments on your plan"
        case .leadRating: "Your lead rates your skills"
        case .checkInDue: "A check-in on your plan is due"
        case .temporaryPassword: "A temporary password is issued for you"
        case .passwordReset: "You ask for a link to reset your password"
        case .recordDeactivated: "A team, site, client or colleague of yours is deactivated"
        case .feedbackRequested: "A colleague asks you for feedback"
        case .feedbackReminder: "A request for feedback you have not answered yet"
        }
    }

    public var defaultDelivery: NoticeDelivery {
        switch self {
        case .meetingBooked, .meetingMoved, .meetingCancelled, .temporaryPassword, .passwordReset: .email
        // Posted at the start of the person's own shift, so an e-mail then is read then.
        case .feedbackRequested, .feedbackReminder: .email
        case .leadComment, .leadRating, .checkInDue: .digest
        case .recordDeactivated: .inbox
        }
    }

    /// Account notices always go by e-mail at once: someone locked out of their account cannot
    /// read an inbox, and a password must not wait for a digest.
    public var fixedDelivery: NoticeDelivery? {
        self == .temporaryPassword || self == .passwordReset ? .email : nil
    }

    /// The kinds a person may choose for, in the order the preferences page lists them.
    public static var choosable: [NoticeKind] { allCases.filter { $0.fixedDelivery == nil } }
}

/// How a person receives one kind of notice. Every notice lands in the inbox as well.
public enum NoticeDelivery: String, CaseIterable, Codable, Sendable {
    case inbox
    case email
    /// One e-mail a day at 09:00 on the person's own clock, listing what arrived since the last.
    case digest

    public var label: String {
        switch self {
        case .inbox: "Inbox only"
        case .email: "E-mail now"
        case .digest: "Daily digest e-mail"
        }
    }
}

/// What a notice links to, so the inbox can link to the thing itself.
public enum NoticeSubject: Sendable, Equatable, Hashable {
    case meeting(UUID)
    case plan(UUID)
    /// A person's skills profile.
    case profile(UUID)
    case account(UUID)
    case feedbackRequest(UUID)

    init?(kind: String?, id: UUID?) {
        guard let kind, let id else { return nil }
        switch kind {
        case "meeting": self = .meeting(id)
        case "plan": self = .plan(id)
        case "profile": self = .profile(id)
        case "account": self = .account(id)
        case "feedback-request": self = .feedbackRequest(id)
        default: return nil
        }
    }

    var stored: (kind: String, id: UUID) {
        switch self {
        case .meeting(let id): ("meeting", id)
        case .plan(let id): ("plan", id)
        case .profile(let id): ("profile", id)
        case .account(let id): ("account", id)
        case .feedbackRequest(let id): ("feedback-request", id)
        }
    }
}
