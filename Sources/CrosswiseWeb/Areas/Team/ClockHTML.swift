/// HTML for long lists of clocks, written in Swift rather than Mustache.
///
/// A team page for a 300-person team renders 300 clocks. swift-mustache resolves every tag
/// through `Any` casts and protocol look-ups, which cost more than the rest of the request
/// together (measured with perf; see docs/PERFORMANCE.md). The page's frame stays in Mustache;
/// only these repeated items are built here. Every value passes through `escapeHTML`.
enum ClockHTML {
    /// One row of a team page's people table.
    static func row(_ member: TeamController.MemberRow) -> String {
        let clock = member.clock
        var html = "<tr><th scope=\"row\">"
        html += member.editHref.map { "<a href=\"\(escapeHTML($0))\">\(escapeHTML(clock.name))</a>" } ?? escapeHTML(clock.name)
        if clock.isLead { html += " <span class=\"tag\">lead</span>" }
        if clock.isYou { html += " <span class=\"tag\">you</span>" }
        html += "</th><td><span class=\"time\">\(clock.time)</span> <span class=\"hint\">\(escapeHTML(clock.place)) · \(escapeHTML(clock.dayShift ?? clock.day))</span></td>"
        html += "<td><span class=\"pill \(clock.statusClass)\">\(escapeHTML(clock.status))</span></td>"
        html += "<td>\(escapeHTML(clock.hours))</td><td>\(escapeHTML(member.weekend))</td><td>\(escapeHTML(member.site))</td><td>\(escapeHTML(member.languages))</td></tr>\n"
        return html
    }
}

/// Escapes the five characters that matter in HTML text and attribute values. Returns the
/// string untouched when none occur, which is the common case for names and times.
func escapeHTML(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}
