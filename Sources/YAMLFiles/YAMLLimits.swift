import Yams

/// Reads YAML that comes from outside (an imported framework, an organization's check
/// settings) into Yams' node tree, refusing files that are too large or whose aliases would
/// expand them far beyond their size.
///
/// Yams composes an alias as a second reference to the anchored node, so the tree itself stays
/// as small as the text; anything that walks it (`YAMLDecoder`, a settings reader) visits every
/// alias in full, and a 175 KB file with one anchor used a thousand times becomes a 100 MB
/// document. The count here walks each anchored node once and adds its size at every alias,
/// so it costs one pass over the text's own nodes, however far the aliases would expand.
public struct YAMLLimits: Sendable {
    public var maxBytes: Int
    public var maxAliases: Int
    /// Values (scalars, sequences and mappings) after every alias is expanded.
    public var maxNodes: Int

    public init(maxBytes: Int, maxAliases: Int = 100, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxAliases = maxAliases
        self.maxNodes = maxNodes
    }

    /// The document's root node, nil for an empty document.
    public func compose(_ text: String) throws(YAMLLimitError) -> Node? {
        let size = text.utf8.count
        guard size <= maxBytes else { throw .tooLarge(bytes: size, limit: maxBytes) }
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch {
            throw .notYAML("\(error)")
        }
        guard let root else { return nil }
        // Anchors are held weakly by their nodes and strongly by the parser: keep it alive
        // while the tree is walked, so every anchored node can be recognised when it repeats.
        let (nodes, aliases) = withExtendedLifetime(parser) { expandedSize(of: root) }
        guard aliases <= maxAliases else { throw .tooManyAliases(count: aliases, limit: maxAliases) }
        guard nodes <= maxNodes else { throw .expandsTooFar(limit: maxNodes) }
        return root
    }

    /// Node count after expansion (saturating just above the limit) and the number of aliases.
    func expandedSize(of root: Node) -> (nodes: Int, aliases: Int) {
        let ceiling = maxNodes + 1
        var sizes: [ObjectIdentifier: Int] = [:]
        var aliases = 0
        func size(_ node: Node) -> Int {
            let anchor = node.anchor.map(ObjectIdentifier.init)
            if let anchor, let known = sizes[anchor] {
                aliases += 1
                return known
            }
            var total = 1
            switch node {
            case .scalar: break
            case .alias: aliases += 1
            case .sequence(let sequence):
                for item in sequence { total = min(ceiling, total + size(item)) }
            case .mapping(let mapping):
                for (key, value) in mapping { total = min(ceiling, total + size(key) + size(value)) }
            }
            if let anchor { sizes[anchor] = total }
            return total
        }
        return (size(root), aliases)
    }
}

/// Why a YAML file was refused, in words for the person who sent it.
public enum YAMLLimitError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    case tooManyAliases(count: Int, limit: Int)
    case expandsTooFar(limit: Int)
    case notYAML(String)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the file is \(Self.grouped(bytes)) bytes; at most \(Self.size(limit)) is allowed"
        case .tooManyAliases(let count, let limit):
            "the file uses \(Self.grouped(count)) aliases (&anchor/*alias); at most \(Self.grouped(limit)) are allowed"
        case .expandsTooFar(let limit):
            "the file's aliases (&anchor/*alias) expand it to more than \(Self.grouped(limit)) values; write the repeated parts out or use fewer aliases"
        case .notYAML(let detail):
            "not valid YAML: \(detail)"
        }
    }

    /// 1000 → "1,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// 2097152 → "2 MB", 262144 → "256 KB", 3300000 → "3.1 MB".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10 + (1 << 19)) >> 20
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1 << 10 { return "\((bytes + 512) >> 10) KB" }
        return "\(bytes) bytes"
    }
}
