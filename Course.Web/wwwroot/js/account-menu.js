// The app bar's account menu is a <details> disclosure, so it opens without any script (static pages included).
// This only closes it like a menu: Escape (focus back on its button), a click elsewhere, or a link followed inside it.
// It also completes the sign-out form when the circuit rendered it: pages from the page cache carry no antiforgery
// token (they are shared), so one is asked for (/compte/jeton, same-origin, never cached) just before sending.
(() => {
    const menus = "details[data-account-menu]";

    document.addEventListener("click", event => {
        for (const menu of document.querySelectorAll(`${menus}[open]`)) {
            if (!menu.contains(event.target) || event.target.closest("a")) {
                menu.removeAttribute("open");
            }
        }
    });

    document.addEventListener("keydown", event => {
        if (event.key !== "Escape") return;
        const menu = event.target instanceof Element ? event.target.closest(`${menus}[open]`) : null;
        if (!menu) return;
        menu.removeAttribute("open");
        menu.querySelector("summary")?.focus();
    });

    document.addEventListener("submit", async event => {
        const form = event.target instanceof HTMLFormElement && event.target.matches("form[data-sign-out]") ? event.target : null;
        if (!form || form.dataset.tokenAdded) return;
        event.preventDefault();
        try {
            const response = await fetch("/compte/jeton", { credentials: "same-origin", cache: "no-store" });
            if (response.ok) {
                const field = await response.json();
                for (const old of form.querySelectorAll(`input[name="${CSS.escape(field.name)}"]`)) old.remove();
                const input = document.createElement("input");
                input.type = "hidden";
                input.name = field.name;
                input.value = field.value;
                form.append(input);
            }
        } catch {
            // Sent as it is: the server refuses a form without a valid token, and says so.
        }
        form.dataset.tokenAdded = "true";
        form.submit();
    });
})();
