// The app bar's account menu is a <details> disclosure, so it opens without any script (static pages included).
// This only closes it like a menu: Escape (focus back on its button), a click elsewhere, or a link followed inside it.
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
})();
