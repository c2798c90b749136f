package ru.masterskaya.registry.account.web;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.account.AccountAdministration;
import ru.masterskaya.registry.account.AccountStatus;

/** The administrator's list of accounts, with switching an account off and on again. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdministrationController {

    static final int PAGE_SIZE = 25;
    private static final String LIST = "/admin/accounts";
    private static final Sort BY_NAME = Sort.by("person.lastName", "person.firstName", "username");

    private final AccountAdministration administration;

    AccountAdministrationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(AccountListParameters parameters, Model model) {
        model.addAttribute("page", administration.search(parameters.toFilter(), PageRequest.of(parameters.pageIndex(), PAGE_SIZE, BY_NAME)));
        model.addAttribute("filter", parameters);
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", List.of(AccountStatus.INVITED, AccountStatus.ACTIVE, AccountStatus.DISABLED));
        return "admin/accounts";
    }

    @PostMapping("/{accountId}/disable")
    String disable(
            @PathVariable UUID accountId,
            @RequestParam(defaultValue = LIST) String returnTo,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        administration.disable(accountId, user);
        redirect.addFlashAttribute("message", "account.disabled");
        return "redirect:" + backTo(returnTo);
    }

    @PostMapping("/{accountId}/enable")
    String enable(
            @PathVariable UUID accountId,
            @RequestParam(defaultValue = LIST) String returnTo,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        administration.enable(accountId, user);
        redirect.addFlashAttribute("message", "account.enabled");
        return "redirect:" + backTo(returnTo);
    }

    /** Back to the list with its filters, never to another site. */
    private static String backTo(String returnTo) {
        return returnTo.startsWith(LIST) && !returnTo.contains("\\") ? returnTo : LIST;
    }
}
