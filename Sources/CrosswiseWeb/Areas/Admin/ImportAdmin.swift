import CrosswiseStore
import Foundation
import Hummingbird

/// Importing people from CSV: a check that shows what every row would do, and the import
/// itself, which writes every row or none.
struct ImportAdmin {
    let services: AppServices

    struct RowView { let line: Int; let name, email, action: String; let isError: Bool; let errors: [String] }

    struct ImportView {
        var columns = PeopleImport.columns.joined(separator: ", ")
        var text = ""
        var imported = false
        var clean = false
        /// What is wrong with the file as a whole (not UTF-8, missing columns).
        var errors = FormErrors()
        var rows: [RowView] = []
        /// Set once a file was checked, even when it could not be read.
        var summary: String?
        let action = AdminRoute.submitImport.path, people = AdminRoute.people(.list).path
    }

    static let unreadable = "The file cannot be imported:"

    func render(_ view: ImportView = ImportView(), context: AppRequestContext, request: Request? = nil,
                status: HTTPResponse.Status = .ok) -> Response {
        services.page("import", title: "Import people", view, context: context, request: request, section: .admin, status: status)
    }

    @Sendable func submit(request: Request, context: AppRequestContext) async throws -> Response {
        var view = ImportView()
        if let upload = context.form.files[AdminField.file.name], !upload.data.isEmpty {
            guard let decoded = String(data: upload.data, encoding: .utf8) else {
                view.errors = FormErrors(heading: Self.unreadable, ["“\(upload.name)” is not UTF-8 text. Save the spreadsheet as “CSV UTF-8” and try again."])
                view.summary = ""
                return render(view, context: context, status: .unprocessableContent)
            }
            view.text = decoded
        } else {
            view.text = context.form.text("text")
        }
        let importer = PeopleImport(directory: services.directory(for: try context.requireViewer()))
        let doImport = context.form["mode"] == "import"
        let report = doImport ? try await importer.run(view.text) : try await importer.dryRun(view.text)
        view.clean = report.isClean
        view.imported = doImport && report.isClean
        view.errors = FormErrors(heading: Self.unreadable, report.fileErrors)
        view.rows = report.rows.map { row in
            let done = row.action == .create ? "created" : row.action == .update ? "updated" : "error"
            return RowView(line: row.line, name: row.name, email: row.email, action: view.imported || done == "error" ? done : "will be " + done,
                           isError: row.action == .error, errors: row.errors.map { "\($0.field): \($0.message)" })
        }
        view.summary = !report.isClean
            ? "\(report.errorCount) problem\(report.errorCount == 1 ? "" : "s") found. Nothing was written; fix the file and check again."
            : view.imported ? "Imported \(report.rows.count) rows: \(report.creates) people created, \(report.updates) updated."
            : "All \(report.rows.count) rows are valid: \(report.creates) to create, \(report.updates) to update. Nothing has been written yet."
        return render(view, context: context, status: report.isClean ? .ok : .unprocessableContent)
    }
}
