extension Framework {
    /// Every rule a usable framework keeps. An empty list means the framework can be loaded,
    /// assessed against and planned from. The same rules run on the bundled file at start, on
    /// `crosswise framework validate` and on every import.
    public func problems() -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ problem: @autoclosure () -> String) { if !condition { problems.append(problem()) } }

        require(!id.isEmpty, "the framework needs an id")
        require(!title.isEmpty, "the framework needs a title")
        require(version >= 1, "version must be 1 or more, not \(version)")
        require(levels.map(\.level) == [1, 2, 3, 4, 5], "levels must be exactly 1 to 5 in order, not \(levels.map(\.level))")
        require(!competencies.isEmpty, "the framework has no competencies")
        require(competencies.isEmpty || !active.isEmpty,
                "every competency is retired; keep at least one active competency so people can be assessed")

        var seen = Set<String>()
        for c in competencies {
            let name = "competency “\(c.id)”"
            require(Self.isSlug(c.id), "\(name): ids use lower-case letters, digits and hyphens")
            require(seen.insert(c.id).inserted, "\(name) appears twice")
            require(!c.name.isEmpty, "\(name) has no name")
            require(c.levels.map(\.level) == [1, 2, 3, 4, 5], "\(name) must describe levels 1 to 5 in order, not \(c.levels.map(\.level))")
            for level in c.levels where level.behaviours.isEmpty { problems.append("\(name) level \(level.level) has no observable behaviours") }
            guard !c.retired else { continue }
            require(!c.dos.isEmpty && !c.donts.isEmpty, "\(name) needs at least one do and one don't")
            require(!c.practice.isEmpty, "\(name) needs at least one practice action")
            require(c.statements.count >= 4, "\(name) needs at least four behaviour statements, has \(c.statements.count)")
            require(c.scenarios.count >= 2, "\(name) needs at least two scenarios, has \(c.scenarios.count)")
            for s in c.scenarios {
                require(s.options.count >= 2, "\(name) scenario “\(s.id)” needs at least two options")
                require(s.options.allSatisfy { (1...4).contains($0.effectiveness) }, "\(name) scenario “\(s.id)”: effectiveness runs from 1 to 4")
                require(s.options.contains { $0.effectiveness == 4 }, "\(name) scenario “\(s.id)” has no best option (effectiveness 4)")
            }
        }
        let scenarioIDs = competencies.flatMap { $0.scenarios.map(\.id) }
        for id in Set(scenarioIDs) where scenarioIDs.filter({ $0 == id }).count > 1 { problems.append("scenario “\(id)” appears twice") }

        var mistakeIDs = Set<String>()
        for m in mistakes {
            let name = "mistake “\(m.id)”"
            require(mistakeIDs.insert(m.id).inserted, "\(name) appears twice")
            require(!m.competencies.isEmpty, "\(name) is not linked to any competency")
            for id in m.competencies where !seen.contains(id) { problems.append("\(name) links to unknown competency “\(id)”") }
            require(!m.remedy.isEmpty, "\(name) has no remedy")
            require(!m.why.isEmpty, "\(name) does not say why it hurts")
        }

        var roleIDs = Set<String>()
        for r in roles { require(roleIDs.insert(r.id).inserted, "role “\(r.id)” appears twice") }
        for r in roles {
            let name = "role “\(r.id)”"
            for next in r.next where !roleIDs.contains(next) { problems.append("\(name) leads to unknown role “\(next)”") }
            for (id, level) in r.requires.sorted(by: { $0.key < $1.key }) {
                if !seen.contains(id) { problems.append("\(name) requires unknown competency “\(id)”") }
                if !(1...5).contains(level) { problems.append("\(name) requires level \(level) of “\(id)”; levels run from 1 to 5") }
            }
        }
        return problems
    }

    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
