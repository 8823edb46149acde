import Foundation

/// A radar chart of a profile as a self-contained SVG string, drawn on the server so the page
/// needs no script. One spoke per competency, rings for levels 1 to 5, the person's levels as a
/// filled shape and, when given, a role's requirements as a dashed outline.
public struct RadarChart: Sendable {
    public struct Axis: Sendable {
        public var label: String
        public var value: Double?
        public var target: Int?

        public init(label: String, value: Double?, target: Int? = nil) {
            self.label = label; self.value = value; self.target = target
        }
    }

    public var axes: [Axis]
    /// Read by screen readers as the chart's name; the page also shows the numbers as a table.
    public var title: String

    public init(axes: [Axis], title: String) {
        self.axes = axes
        self.title = title
    }

    static let width = 680.0, height = 520.0, radius = 180.0
    static let center = (x: width / 2, y: height / 2)

    public func svg() -> String {
        let n = axes.count
        guard n >= 3 else { return "" }
        func point(_ index: Int, _ level: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(n)
            let r = Self.radius * level / 5
            return (Self.center.x + r * cos(angle), Self.center.y + r * sin(angle))
        }
        func path(_ levels: [Double]) -> String {
            levels.enumerated().map { i, level in let p = point(i, level); return "\(Self.fmt(p.x)),\(Self.fmt(p.y))" }.joined(separator: " ")
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"radar-title\" class=\"radar\">"
        out += "<title id=\"radar-title\">\(Self.escape(title))</title>"
        for ring in 1...5 {
            out += "<polygon class=\"ring\" points=\"\(path(Array(repeating: Double(ring), count: n)))\"/>"
        }
        for i in 0..<n {
            let end = point(i, 5)
            out += "<line class=\"spoke\" x1=\"\(Self.fmt(Self.center.x))\" y1=\"\(Self.fmt(Self.center.y))\" x2=\"\(Self.fmt(end.x))\" y2=\"\(Self.fmt(end.y))\"/>"
        }
        for ring in 1...5 {
            let p = point(0, Double(ring))
            out += "<text class=\"ring-label\" x=\"\(Self.fmt(p.x + 4))\" y=\"\(Self.fmt(p.y - 2))\">\(ring)</text>"
        }
        if axes.contains(where: { $0.target != nil }) {
            out += "<polygon class=\"target\" points=\"\(path(axes.map { Double($0.target ?? 0) }))\"/>"
        }
        if axes.contains(where: { $0.value != nil }) {
            // Unassessed spokes sit at the centre rather than pretending to a level.
            out += "<polygon class=\"level\" points=\"\(path(axes.map { $0.value ?? 0 }))\"/>"
            for (i, axis) in axes.enumerated() {
                guard let value = axis.value else { continue }
                let p = point(i, value)
                out += "<circle class=\"dot\" cx=\"\(Self.fmt(p.x))\" cy=\"\(Self.fmt(p.y))\" r=\"3.5\"/>"
            }
        }
        for (i, axis) in axes.enumerated() {
            let p = point(i, 5.55)
            let dx = p.x - Self.center.x
            let anchor = abs(dx) < 8 ? "middle" : (dx > 0 ? "start" : "end")
            let dy = p.y < Self.center.y - Self.radius ? -2.0 : (p.y > Self.center.y + Self.radius ? 10.0 : 4.0)
            out += "<text class=\"axis-label\" x=\"\(Self.fmt(p.x))\" y=\"\(Self.fmt(p.y + dy))\" text-anchor=\"\(anchor)\">\(Self.escape(axis.label))</text>"
        }
        return out + "</svg>"
    }

    /// One decimal without `String(format:)`, which costs a C call and a Foundation string per
    /// number (a chart has about 150 of them). Coordinates are never negative.
    static func fmt(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
