import Foundation

extension Framework {
    /// Rebuilds a framework from a CASE package Crosswise or another tool wrote in the same
    /// shape. Every problem is collected (unknown item types, links to missing items, values
    /// that do not parse) and thrown together with the framework's own validation, so a bad
    /// package is refused whole: the caller has either a complete framework or a list to fix.
    public init(casePackage package: CASEPackage) throws {
        var problems: [String] = []
        let document = package.CFDocument
        let items = Dictionary(package.CFItems.map { ($0.identifier, $0) }, uniquingKeysWith: { first, _ in first })
        if items.count != package.CFItems.count { problems.append("two CFItems share an identifier") }
        func name(_ item: CASEPackage.Item) -> String { "CFItem \(item.humanCodingScheme ?? item.identifier)" }
        func kind(_ item: CASEPackage.Item) -> CASEPackage.Kind? { item.CFItemType.flatMap(CASEPackage.Kind.init(rawValue:)) }
        for item in package.CFItems where kind(item) == nil {
            problems.append("\(name(item)): unknown CFItemType “\(item.CFItemType ?? "")”")
        }

        var children: [String: [CASEPackage.Item]] = [:]
        var related: [String: [(type: String, target: String, sequence: Int)]] = [:]
        for a in package.CFAssociations {
            let origin = a.originNodeURI.identifier, target = a.destinationNodeURI.identifier
            guard items[origin] != nil else { problems.append("CFAssociation \(a.identifier): origin \(origin) is not an item of this package"); continue }
            guard items[target] != nil || target == document.identifier else {
                problems.append("CFAssociation \(a.identifier): destination \(target) is not in this package"); continue
            }
            if a.associationType == "isChildOf" {
                children[target, default: []].append(items[origin]!)
            } else {
                related[origin, default: []].append((a.associationType, target, a.sequenceNumber ?? 0))
            }
        }
        func ordered(_ parent: String, _ wanted: CASEPackage.Kind) -> [CASEPackage.Item] {
            (children[parent] ?? []).filter { kind($0) == wanted }.sorted { Int($0.listEnumeration ?? "") ?? 0 < Int($1.listEnumeration ?? "") ?? 0 }
        }
        func number(_ item: CASEPackage.Item, _ text: String?, _ what: String) -> Int {
            if let text, let value = Int(text) { return value }
            problems.append("\(name(item)): \(what) “\(text ?? "")” is not a number")
            return 0
        }

        let top = document.identifier
        let scale = ordered(top, .scaleLevel).map { item in
            LevelName(level: number(item, item.listEnumeration, "level"), name: item.abbreviatedStatement ?? "", meaning: item.fullStatement)
        }
        var competencyByItem: [String: String] = [:]
        var levelByItem: [String: (competency: String, level: Int)] = [:]
        var competencies: [Competency] = []
        for item in ordered(top, .competency) {
            guard let id = item.humanCodingScheme else { problems.append("\(name(item)): a competency needs a humanCodingScheme (its id)"); continue }
            competencyByItem[item.identifier] = id
            let levels = ordered(item.identifier, .level).map { levelItem -> Competency.Level in
                let level = number(levelItem, levelItem.listEnumeration, "level")
                levelByItem[levelItem.identifier] = (id, level)
                return Competency.Level(level: level, behaviours: ordered(levelItem.identifier, .behaviour).map(\.fullStatement))
            }
            let practice = ordered(item.identifier, .practice).compactMap { p -> PracticeAction? in
                guard let cadence = p.notes.flatMap(Cadence.init(rawValue:)) else {
                    problems.append("\(name(item)): practice “\(p.fullStatement)” has no known cadence (\(Cadence.allCases.map(\.rawValue).joined(separator: ", ")))")
                    return nil
                }
                return PracticeAction(action: p.fullStatement, cadence: cadence)
            }
            let resources = ordered(item.identifier, .resource).compactMap { r -> LearningResource? in
                guard let kind = r.notes.flatMap(LearningResource.Kind.init(rawValue:)) else {
                    problems.append("\(name(item)): resource “\(r.fullStatement)” has no known kind"); return nil
                }
                return LearningResource(title: r.fullStatement, kind: kind, provider: r.abbreviatedStatement ?? "")
            }
            let scenarios = ordered(item.identifier, .scenario).map { s in
                Scenario(id: s.humanCodingScheme ?? s.identifier, situation: s.fullStatement,
                         options: ordered(s.identifier, .option).map { .init(text: $0.fullStatement, effectiveness: number($0, $0.notes, "effectiveness")) })
            }
            competencies.append(Competency(
                id: id, name: item.abbreviatedStatement ?? id, area: item.conceptKeywords?.first ?? "", summary: item.fullStatement,
                levels: levels, dos: ordered(item.identifier, .dos).map(\.fullStatement), donts: ordered(item.identifier, .donts).map(\.fullStatement),
                practice: practice, resources: resources,
                certifications: ordered(item.identifier, .certification).map { Certification(name: $0.fullStatement, issuer: $0.abbreviatedStatement ?? "") },
                statements: ordered(item.identifier, .statement).map { Statement(text: $0.fullStatement, reversed: $0.notes == "reversed") },
                scenarios: scenarios, retired: item.notes == "retired"))
        }
        let mistakes = ordered(top, .mistake).map { item in
            Mistake(id: item.humanCodingScheme ?? item.identifier, title: item.abbreviatedStatement ?? "",
                    competencies: (related[item.identifier] ?? []).filter { $0.type == "isRelatedTo" }.sorted { $0.sequence < $1.sequence }
                        .compactMap { competencyByItem[$0.target] },
                    why: item.fullStatement, remedy: ordered(item.identifier, .remedy).first?.fullStatement ?? "")
        }
        let roleItems = ordered(top, .role)
        let roleIDs = Dictionary(roleItems.map { ($0.identifier, $0.humanCodingScheme ?? $0.identifier) }, uniquingKeysWith: { a, _ in a })
        let roles = roleItems.map { item in
            var requires: [String: Int] = [:]
            let links = related[item.identifier] ?? []
            for link in links where link.type == "hasSkillLevel" {
                guard let level = levelByItem[link.target] else { problems.append("\(name(item)): hasSkillLevel points at \(link.target), not a proficiency level"); continue }
                requires[level.competency] = level.level
            }
            let next = links.filter { $0.type == "precedes" }.sorted { $0.sequence < $1.sequence }.compactMap { roleIDs[$0.target] }
            return CareerRole(id: roleIDs[item.identifier] ?? item.identifier, name: item.abbreviatedStatement ?? "", track: item.notes ?? "both",
                        summary: item.fullStatement, next: next, requires: requires)
        }

        let version = document.version.flatMap { Int($0) }
        if version == nil { problems.append("CFDocument: version “\(document.version ?? "")” is not a whole number") }
        let framework = Framework(id: document.notes ?? document.identifier, title: document.title, version: version ?? 0,
                                  levels: scale, competencies: competencies, mistakes: mistakes, roles: roles)
        problems += framework.problems()
        guard problems.isEmpty else { throw FrameworkProblems(source: "CASE package “\(document.title)”", problems: problems) }
        self = framework
    }
}
