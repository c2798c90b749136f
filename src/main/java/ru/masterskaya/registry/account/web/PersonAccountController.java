package ru.masterskaya.registry.account.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.TerritoryManagement;
import ru.masterskaya.registry.account.AccountRoles;
import ru.masterskaya.registry.account.Invitations;
import ru.masterskaya.registry.account.PersonAccount;
import ru.masterskaya.registry.account.PersonAccounts;

/**
 * The account section of a person's card, loaded by htmx into the card and answering its forms
 * with the section again; without JavaScript it is a page of its own and the forms redirect back.
 * The person must be in the user's scope (404 otherwise) and the role policy must allow the change (403).
 */
@Controller
@RequestMapping("/people/{id}/account")
class PersonAccountController {

    private static final String FRAGMENT = "registry/person-account :: content";
    private static final String PAGE = "registry/person-account-page";

    private final PersonAccounts accounts;
    private final Invitations invitations;
    private final AccountRoles roles;
    private final TerritoryManagement territories;

    PersonAccountController(PersonAccounts accounts, Invitations invitations, AccountRoles roles, TerritoryManagement territories) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.roles = roles;
        this.territories = territories;
    }

    @GetMapping
    String show(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("roleChoice", new RoleChoiceFormData());
        return render(accounts.of(new PersonId(id), user), htmx, model);
    }

    @PostMapping("/invite")
    String invite(
            @PathVariable UUID id,
            @Valid @ModelAttribute("roleChoice") RoleChoiceFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        PersonAccount account = accounts.of(new PersonId(id), user);
        if (result.hasErrors()) {
            return render(account, htmx, model);
        }
        invitations.invite(account.personId(), form.toScopedRole(account.organisationId()), user);
        return done(id, "account.invited", user, htmx, model, redirect);
    }

    @PostMapping("/roles")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("roleChoice") RoleChoiceFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        PersonAccount account = accounts.of(new PersonId(id), user);
        if (result.hasErrors()) {
            return render(account, htmx, model);
        }
        roles.grant(account.personId(), form.toScopedRole(account.organisationId()), user);
        return done(id, "account.roleGranted", user, htmx, model, redirect);
    }

    @PostMapping("/roles/{roleId}/revoke")
    String revoke(
            @PathVariable UUID id,
            @PathVariable UUID roleId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        roles.revoke(new PersonId(id), roleId, user);
        return done(id, "account.roleRevoked", user, htmx, model, redirect);
    }

    @PostMapping("/invitation")
    String resendInvitation(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        invitations.resend(new PersonId(id), user);
        return done(id, "account.invitationResent", user, htmx, model, redirect);
    }

    private String done(UUID id, String message, CurrentUser user, @Nullable String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("message", message);
            return "redirect:/people/" + id;
        }
        model.addAttribute("accountMessage", message);
        model.addAttribute("roleChoice", new RoleChoiceFormData());
        return render(accounts.of(new PersonId(id), user), htmx, model);
    }

    private String render(PersonAccount account, @Nullable String htmx, Model model) {
        model.addAttribute("account", account);
        if (account.offersTerritoryRoles()) {
            model.addAttribute("territories", territories.overview());
        }
        return htmx == null ? PAGE : FRAGMENT;
    }
}
