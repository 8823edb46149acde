import Foundation
import Hummingbird
import Skills
import Yams

/// The organization's copy of the competency framework: edit a competency's texts, retire or
/// restore it, set the level each role asks for, and exchange the whole framework as CASE 1.1
/// JSON, Moodle CSV or YAML. Every change is a new version; assessments keep the one they used.
struct FrameworkAdmin {
    let services: AppServices

    struct Row { let name, area: String; let retired: Bool; let href: String }
    struct Version { let version: Int; let note, author, date: String }

    struct OverviewView {
        let title: String
        let version: Int
        let rows: [Row]
        let versions: [Version]
        let errors: FormErrors
        let exports = [("case", "Export CASE 1.1 JSON"), ("moodle", "Export Moodle CSV"), ("yaml", "Export YAML")]
            .map { AdminListPage.Link(href: AdminRoute.exportFramework(format: $0.0).path, label: $0.1) }
        let importAction = AdminRoute.importFramework.path, back = AdminRoute.overview.path
    }

    func renderOverview(context: AppRequestContext, request: Request?, problems: [String] = []) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        let framework = try await book.currentFramework()
        let view = OverviewView(
            title: framework.title, version: framework.version,
            rows: framework.competencies.map { Row(name: $0.name, area: $0.area, retired: $0.retired, href: AdminRoute.competency($0.id).path) },
            versions: try await book.frameworkHistory().prefix(20).map {
                Version(version: $0.version, note: $0.note, author: $0.author?.name ?? "Crosswise", date: DateWords(viewer).short($0.createdAt))
            },
            errors: FormErrors(heading: "Nothing was imported. Fix these and try again:", problems))
        return services.page("admin-framework", title: "Competency framework", view, context: context, request: request, section: .admin,
                             status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    @Sendable func export(request: Request, context: AppRequestContext) async throws -> Response {
        let framework = try await services.skills(for: try context.requireViewer()).currentFramework()
        let (body, type, ext): (Data, String, String)
        switch context.parameters.get("format") {
        case "case": (body, type, ext) = (framework.casePackage().json(), "application/json", "json")
        case "moodle": (body, type, ext) = (Data(framework.moodleCSV().utf8), "text/csv; charset=utf-8", "csv")
        case "yaml": (body, type, ext) = (Data(try YAMLEncoder().encode(framework).utf8), "application/yaml; charset=utf-8", "yaml")
        default: throw HTTPError(.notFound)
        }
        return Response(status: .ok, headers: [
            .contentType: type,
            .contentDisposition: "attachment; filename=\"\(framework.id)-v\(framework.version).\(ext)\"",
        ], body: .init(byteBuffer: .init(bytes: body)))
    }

    /// Reads the upload as `Framework(file:named:mergingMoodleInto:)` does (a Moodle file merges
    /// into the current framework). Refused whole, with every problem, when anything is wrong.
    @Sendable func importFile(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let file = context.form.files[AdminField.file.name], !file.data.isEmpty else {
            return try await renderOverview(context: context, request: nil, problems: ["Choose a file to import."])
        }
        let book = services.skills(for: viewer)
        do {
            let imported = try Framework(file: file.data, named: file.name, mergingMoodleInto: try await book.currentFramework())
            try await book.replaceFramework(with: imported, note: "Imported \(String(file.name.prefix(120)))", authorID: viewer.personID)
        } catch let problems as FrameworkProblems {
            return try await renderOverview(context: context, request: nil, problems: problems.problems.map { "\(file.name): \($0)" })
        }
        return seeOther(AdminRoute.framework, notice: .imported)
    }

    struct RoleRow { let id, name: String; let options: [Choice] }

    static let summary = FormField("summary", .summary)
    static let roles = FormField("roles", .roles)

    struct EditView {
        let name, summary: String
        let retired: Bool
        let roles: [RoleRow]
        let errors: FormErrors
        let action: String
        let back = AdminRoute.framework.path
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let framework = try await services.skills(for: try context.requireViewer()).currentFramework()
        guard let id = context.parameters.get("id"), let c = framework.competency(id) else { throw HTTPError(.notFound) }
        return renderEdit(c, framework: framework, requirements: framework.roles.map { $0.requires[c.id] }, context: context, request: request)
    }

    func renderEdit(_ c: Competency, framework: Framework, requirements: [Int?], errors: FormErrors = FormErrors(),
                    context: AppRequestContext, request: Request?) -> Response {
        let roles = zip(framework.roles, requirements).map { role, level in
            RoleRow(id: role.id, name: role.name, options: [Choice("", "Not needed", selected: level == nil)]
                + (1...5).map { Choice(String($0), "Level \($0)", selected: level == $0) })
        }
        let view = EditView(name: c.name, summary: c.summary, retired: c.retired, roles: roles, errors: errors,
                            action: AdminRoute.saveCompetency(c.id).path)
        return services.page("admin-competency", title: "Edit \(c.name)", view, context: context, request: request, section: .admin,
                             status: errors.status)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        let framework = try await book.currentFramework()
        guard let id = context.parameters.get("id"), var c = framework.competency(id) else { throw HTTPError(.notFound) }
        let form = context.form
        c.name = form[AdminField.name.name].trimmingCharacters(in: .whitespacesAndNewlines)
        c.summary = form.text(Self.summary.name).trimmingCharacters(in: .whitespacesAndNewlines)
        c.retired = form["retired"] == "on"
        let requirements = framework.roles.map { Int(form["role-\($0.id)"]) }
        var errors = FormErrors()
        if c.name.isEmpty || c.name.count > 120 { errors.add(AdminField.name, "Give the competency a name of 1 to 120 characters") }
        if c.summary.count > 600 { errors.add(Self.summary, "Keep the summary under 600 characters") }
        if requirements.contains(where: { $0.map { !(1...5).contains($0) } ?? false }) { errors.add(Self.roles, "Levels run from 1 to 5") }
        guard errors.isEmpty else { return renderEdit(c, framework: framework, requirements: requirements, errors: errors, context: context, request: nil) }
        let edited = c
        do {
            try await book.changeFramework(note: "Edited \(edited.name)", authorID: viewer.personID) { f in
                guard let index = f.competencies.firstIndex(where: { $0.id == edited.id }) else { return }
                f.competencies[index] = edited
                for (i, level) in requirements.enumerated() { f.roles[i].requires[edited.id] = level }
            }
        } catch let problems as FrameworkProblems {
            let refused = FormErrors(heading: "Not saved; the framework would break:", problems.problems)
            return renderEdit(c, framework: framework, requirements: requirements, errors: refused, context: context, request: nil)
        }
        return seeOther(AdminRoute.framework, notice: .saved)
    }
}
