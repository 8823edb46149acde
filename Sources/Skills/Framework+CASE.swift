import Foundation

extension Framework {
    /// The framework as a CASE 1.1 package (see `CASEPackage` for how each part maps).
    public func casePackage(changed: Date = Date()) -> CASEPackage {
        let stamp = ISO8601DateFormatter().string(from: changed)
        let documentID = stableUUID("\(id)/document")
        let documentLink = CASEPackage.Link(title: title, identifier: documentID, uri: "urn:uuid:\(documentID)")
        var items: [CASEPackage.Item] = []
        var associations: [CASEPackage.Association] = []
        var links: [String: CASEPackage.Link] = [:]

        func relate(_ type: String, _ origin: CASEPackage.Link, _ destination: CASEPackage.Link, sequence: Int? = nil) {
            let identifier = stableUUID("\(id)/\(type)/\(origin.identifier)/\(destination.identifier)")
            associations.append(.init(identifier: identifier, uri: "urn:uuid:\(identifier)", associationType: type, originNodeURI: origin,
                                      destinationNodeURI: destination, sequenceNumber: sequence, lastChangeDateTime: stamp, CFDocumentURI: documentLink))
        }
        @discardableResult
        func add(_ kind: CASEPackage.Kind, _ path: String, _ statement: String, parent: CASEPackage.Link, order: Int,
                 abbreviated: String? = nil, code: String? = nil, keywords: [String]? = nil, notes: String? = nil) -> CASEPackage.Link {
            let identifier = stableUUID("\(id)/\(path)")
            let link = CASEPackage.Link(title: abbreviated ?? statement, identifier: identifier, uri: "urn:uuid:\(identifier)")
            items.append(.init(identifier: identifier, uri: link.uri, fullStatement: statement, CFItemType: kind.rawValue, humanCodingScheme: code,
                               abbreviatedStatement: abbreviated, listEnumeration: String(order), conceptKeywords: keywords, notes: notes,
                               language: "en", lastChangeDateTime: stamp, CFDocumentURI: documentLink))
            relate("isChildOf", link, parent, sequence: order)
            links[path] = link
            return link
        }

        for scale in levels {
            add(.scaleLevel, "scale/\(scale.level)", scale.meaning, parent: documentLink, order: scale.level, abbreviated: scale.name)
        }
        for (order, c) in competencies.enumerated() {
            let node = add(.competency, "competency/\(c.id)", c.summary, parent: documentLink, order: order + 1, abbreviated: c.name,
                           code: c.id, keywords: c.area.isEmpty ? nil : [c.area], notes: c.retired ? "retired" : nil)
            for level in c.levels {
                let levelNode = add(.level, "competency/\(c.id)/level/\(level.level)", self.levels.first { $0.level == level.level }?.name ?? "Level \(level.level)",
                                    parent: node, order: level.level)
                for (k, behaviour) in level.behaviours.enumerated() {
                    add(.behaviour, "competency/\(c.id)/level/\(level.level)/\(k)", behaviour, parent: levelNode, order: k + 1)
                }
            }
            // Orders continue across kinds so the tree reads in the framework's order.
            var order = 100
            func next() -> Int { order += 1; return order }
            for (k, text) in c.dos.enumerated() { add(.dos, "competency/\(c.id)/do/\(k)", text, parent: node, order: next()) }
            for (k, text) in c.donts.enumerated() { add(.donts, "competency/\(c.id)/dont/\(k)", text, parent: node, order: next()) }
            for (k, p) in c.practice.enumerated() { add(.practice, "competency/\(c.id)/practice/\(k)", p.action, parent: node, order: next(), notes: p.cadence.rawValue) }
            for (k, r) in c.resources.enumerated() {
                add(.resource, "competency/\(c.id)/resource/\(k)", r.title, parent: node, order: next(), abbreviated: r.provider, notes: r.kind.rawValue)
            }
            for (k, cert) in c.certifications.enumerated() {
                add(.certification, "competency/\(c.id)/certification/\(k)", cert.name, parent: node, order: next(), abbreviated: cert.issuer)
            }
            for (k, st) in c.statements.enumerated() {
                add(.statement, "competency/\(c.id)/statement/\(k)", st.text, parent: node, order: next(), notes: st.reversed ? "reversed" : nil)
            }
            for s in c.scenarios {
                let scenarioNode = add(.scenario, "competency/\(c.id)/scenario/\(s.id)", s.situation, parent: node, order: next(), code: s.id)
                for (k, option) in s.options.enumerated() {
                    add(.option, "competency/\(c.id)/scenario/\(s.id)/\(k)", option.text, parent: scenarioNode, order: k + 1, notes: String(option.effectiveness))
                }
            }
        }
        for (order, m) in mistakes.enumerated() {
            let node = add(.mistake, "mistake/\(m.id)", m.why, parent: documentLink, order: 1000 + order, abbreviated: m.title, code: m.id)
            add(.remedy, "mistake/\(m.id)/remedy", m.remedy, parent: node, order: 1)
            for (k, competency) in m.competencies.enumerated() {
                if let target = links["competency/\(competency)"] { relate("isRelatedTo", node, target, sequence: k + 1) }
            }
        }
        for (order, r) in roles.enumerated() {
            add(.role, "role/\(r.id)", r.summary, parent: documentLink, order: 2000 + order, abbreviated: r.name, code: r.id, notes: r.track)
        }
        for r in roles {
            guard let node = links["role/\(r.id)"] else { continue }
            for (competency, level) in r.requires.sorted(by: { $0.key < $1.key }) {
                if let target = links["competency/\(competency)/level/\(level)"] { relate("hasSkillLevel", node, target) }
            }
            for (k, next) in r.next.enumerated() {
                if let target = links["role/\(next)"] { relate("precedes", node, target, sequence: k + 1) }
            }
        }
        let document = CASEPackage.Document(identifier: documentID, uri: documentLink.uri, creator: "Crosswise", title: title,
                                            lastChangeDateTime: stamp, version: String(version), description: nil, notes: id, language: "en",
                                            CFPackageURI: documentLink)
        return CASEPackage(CFDocument: document, CFItems: items, CFAssociations: associations)
    }
}
