/// Finds personal data and secrets in a message in one pass over its UTF-8 bytes: e-mail
/// addresses, phone numbers, payment cards, IBANs, national ids (US, India, UK, Philippines),
/// passport numbers and dates of birth after a context word, IP addresses, API keys, tokens and
/// private keys. Every candidate is confirmed by its format and, where one exists, its check
/// digit, so ordinary numbers (order ids, amounts, dates) are left alone.
///
/// Findings carry a masked preview; the detected value never leaves the scanner whole.
public struct PrivacyCheck: Sendable {
    public init() {}

    /// What kind of value a finding is, with its check id, severity and how much of it may show.
    /// The raw value is the whole id so a finding does not build a new string for it.
    enum Kind: String {
        case email = "privacy.email", phone = "privacy.phone", card = "privacy.card", iban = "privacy.iban"
        case usSSN = "privacy.us-ssn", aadhaar = "privacy.in-aadhaar", pan = "privacy.in-pan", nino = "privacy.uk-nino"
        case sss = "privacy.ph-sss", tin = "privacy.ph-tin", umid = "privacy.ph-umid", philhealth = "privacy.ph-philhealth"
        case passport = "privacy.passport", ip = "privacy.ip-address", secret = "privacy.secret"
        case privateKey = "privacy.private-key", birthDate = "privacy.date-of-birth"

        var severity: Finding.Severity {
            switch self {
            case .email, .phone, .ip: .warning
            default: .error
            }
        }

        /// Characters left visible at the end of the masked preview.
        var keep: Int {
            switch self {
            case .card, .iban, .phone: 4
            case .email, .ip, .secret, .privateKey, .birthDate: 0
            default: 2
            }
        }

        var noun: String {
            switch self {
            case .email: "an e-mail address"
            case .phone: "a phone number"
            case .card: "a payment card number"
            case .iban: "a bank account number (IBAN)"
            case .usSSN: "a US Social Security number"
            case .aadhaar: "an Aadhaar number"
            case .pan: "an Indian PAN (tax id)"
            case .nino: "a UK National Insurance number"
            case .sss: "a Philippine SSS number"
            case .tin: "a Philippine TIN"
            case .umid: "a Philippine UMID number"
            case .philhealth: "a PhilHealth number"
            case .passport: "a passport number"
            case .ip: "an IP address"
            case .secret: "a password, token or key"
            case .privateKey: "a private key"
            case .birthDate: "a date of birth"
            }
        }

        var advice: String {
            switch self {
            case .email, .phone: "share it only if the reader needs it and may see it"
            case .ip: "it can identify a person or a system; share it only through an approved channel"
            case .secret, .privateKey: "anyone who reads this can use it: remove it and rotate it"
            case .card, .iban: "send payment details only through the secure channel your client allows"
            default: "personal ids need a secure channel and a reason; leave it out or mask it"
            }
        }
    }

    struct Hit { var kind: Kind; var start: Int; var end: Int }

    func findings(in text: MessageText) -> [Finding] {
        let hits = text.bytes.withUnsafeBufferPointer { buffer in
            var scanner = PrivacyScanner(bytes: buffer)
            return scanner.scan()
        }
        return hits.map { hit in
            let span = Span(start: hit.start, end: hit.end)
            let preview = hit.kind.keep > 0 ? text.masked(span, keep: hit.kind.keep) : ""
            // Appended into one reserved string: interpolation grew it piece by piece, and a
            // big file has a finding like this every few hundred bytes.
            var message = "This looks like "
            message.reserveCapacity(200)
            message += hit.kind.noun
            if !preview.isEmpty { message += " ("; message += preview; message += ")" }
            message += ": "
            message += hit.kind.advice
            message += "."
            return Finding(check: hit.kind.rawValue, category: .privacy, severity: hit.kind.severity,
                           span: text.locate(span), message: message, replacements: [placeholder(hit.kind)])
        }
    }

    func placeholder(_ kind: Kind) -> String {
        switch kind {
        case .email: "[e-mail address]"
        case .phone: "[phone number]"
        case .card: "[card number]"
        case .secret, .privateKey: "[removed secret]"
        case .birthDate: "[date of birth]"
        default: "[\(kind.noun.split(separator: " ").dropFirst().joined(separator: " ")) removed]"
        }
    }
}
