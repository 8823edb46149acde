import CrosswiseStore
import Foundation
import Hummingbird

/// Erasing a person: a page that says what happens and asks for their e-mail address typed
/// out, then `PersonalData.erase`, which anonymises them and writes the audit entry.
struct EraseAdmin {
    let services: AppServices

    struct Page: Sendable {
        static let confirm = FormField("confirm_email", .email)
        let name, email, action, back, download: String
        var typed = ""
        var errors = FormErrors()
    }

    func page(context: AppRequestContext) async throws -> Response {
        let person = try await subject(context)
        return services.page("admin-erase", title: "Erase \(person.name)", try page(for: person), context: context, section: .admin)
    }

    func erase(context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), person = try await subject(context)
        let typed = context.form[Page.confirm.name].trimmingCharacters(in: .whitespaces)
        var view = try page(for: person)
        view.typed = String(typed.prefix(254))
        view.errors = FormErrors(heading: "Nothing was erased:")
        if typed.lowercased() != person.email.lowercased() {
            view.errors.add(Page.confirm, typed.isEmpty ? "Type their e-mail address to confirm" : "That is not their e-mail address")
        } else {
            do {
                try await PersonalData(db: services.db, organizationID: viewer.organizationID, now: services.now)
                    .erase(try person.requireID(), by: viewer.actor)
                return seeOther(AdminRoute.people(.list), notice: .erased)
            } catch let refusal as PersonalData.ErasureRefused {
                view.errors.add(refusal.description)
            }
        }
        return services.page("admin-erase", title: "Erase \(person.name)", view, context: context, section: .admin, status: .unprocessableContent)
    }

    /// Someone in the admin's organization other than themselves; anyone else is 404.
    private func subject(_ context: AppRequestContext) async throws -> Person {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer)
        guard person.id != viewer.personID else {
            throw HTTPError(.forbidden, message: "You cannot erase your own account. Ask another admin.")
        }
        return person
    }

    private func page(for person: Person) throws -> Page {
        let id = try person.requireID()
        return Page(name: person.name, email: person.email, action: AdminRoute.submitErase(id).path, back: AdminRoute.people(.edit(id)).path,
                    download: AdminRoute.personData(id).path)
    }
}
