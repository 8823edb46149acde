import Worldtime

/// Zone abbreviations: the ones that name several zones, and the ones written for the wrong
/// half of the year (EST while New York is on EDT).
extension TimeCheck {
    static let ambiguous: [String: String] = [
        "IST": "India (UTC+5:30), Israel (UTC+2) or Irish summer time (UTC+1)",
        "CST": "US Central (UTC−6), China (UTC+8) or Cuba (UTC−5)",
        "BST": "British Summer Time (UTC+1) or Bangladesh (UTC+6)",
        "AST": "Atlantic (UTC−4) or Arabia (UTC+3)",
        "GST": "Gulf (UTC+4) or South Georgia (UTC−2)",
        "SST": "Samoa (UTC−11) or Singapore (UTC+8)",
        // Offshore teams write PST for Philippine Standard Time as often as US Pacific.
        "PST": "US Pacific (UTC−8) or Philippine Standard Time (UTC+8)",
    ]

    /// Standard and daylight abbreviations of zones that change clocks, with a zone to ask.
    static let seasonal: [String: (zone: String, daylight: Bool, other: String)] = [
        "EST": ("America/New_York", false, "EDT"), "EDT": ("America/New_York", true, "EST"),
        "CDT": ("America/Chicago", true, "CST"),
        "MST": ("America/Denver", false, "MDT"), "MDT": ("America/Denver", true, "MST"),
        "PST": ("America/Los_Angeles", false, "PDT"), "PDT": ("America/Los_Angeles", true, "PST"),
        "AEST": ("Australia/Sydney", false, "AEDT"), "AEDT": ("Australia/Sydney", true, "AEST"),
        "CET": ("Europe/Paris", false, "CEST"), "CEST": ("Europe/Paris", true, "CET"),
        "NZST": ("Pacific/Auckland", false, "NZDT"), "NZDT": ("Pacific/Auckland", true, "NZST"),
        "GMT": ("Europe/London", false, "BST"),
    ]

    /// `instant`: the moment whose time of year decides whether EST or EDT is in use.
    func abbreviationFinding(_ code: String, span: Span, at instant: Int64) -> Finding? {
        if let meanings = TimeCheck.ambiguous[code] {
            return Finding(check: "time.ambiguous-zone", category: .time, severity: .warning, span: span,
                           message: "“\(code)” can mean \(meanings); name the city or give the UTC offset.")
        }
        guard let season = TimeCheck.seasonal[code], let zone = try? TimeZoneName(season.zone), let rules = zone.rules else { return nil }
        let now = rules.type(at: instant)
        guard now.isDST != season.daylight else { return nil }
        let city = zone.city
        let offset = now.utcOffset
        let sign = offset < 0 ? "−" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        let utc = "UTC\(sign)\(hours)" + (minutes > 0 ? ":\(minutes)" : "")
        // GMT is also the name of UTC itself; in a London summer it is only worth a hint.
        let severity: Finding.Severity = code == "GMT" ? .suggestion : .warning
        return Finding(check: "time.zone-season", category: .time, severity: severity, span: span,
                       message: "“\(code)” is not in use now: \(city) is on \(season.other) (\(utc)) at this time of year.",
                       replacements: [season.other])
    }
}
