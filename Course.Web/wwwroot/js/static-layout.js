// The layout of statically rendered pages (chapters, MainLayout with data-static-layout): no circuit renders it, so the
// drawer and the theme toggle are driven from here, before and after the circuit of the page's islands starts.
// Interactive pages keep their Blazor layout; nothing here touches it once the circuit has rendered it.
(() => {
    const wide = window.matchMedia("(min-width: 960px)");
    const staticLayout = () => document.querySelector(".mud-layout[data-static-layout]");

    // MudDrawer's own classes (Responsive variant, Md breakpoint): "--initial" hides it below the breakpoint until the
    // reader opens it; the layout's class moves the content beside it on a wide screen.
    function showDrawer(layout, open, initial) {
        const drawer = layout.querySelector(".mud-drawer");
        if (!drawer) return;
        if (!initial) drawer.classList.remove("mud-drawer--initial");
        drawer.classList.toggle("mud-drawer--open", open);
        drawer.classList.toggle("mud-drawer--closed", !open);
        layout.classList.toggle("mud-drawer-open-responsive-md-left", open);
        layout.classList.toggle("mud-drawer-close-responsive-md-left", !open);
    }

    const drawerShown = layout => {
        const drawer = layout.querySelector(".mud-drawer");
        if (!drawer || drawer.classList.contains("mud-drawer--closed")) return false;
        return wide.matches || !drawer.classList.contains("mud-drawer--initial");
    };

    // The server renders the drawer open; the choice remembered on a wide screen (site.js) is applied at once, and
    // again after each enhanced navigation, which brings the server's markup back: a static layout, or the prerendered
    // layout of an interactive page (a chapter's link to the home page), until the circuit renders it with the same
    // choice (Layout/RememberedDrawerChoice).
    function applyRememberedDrawer() {
        const layout = document.querySelector(".mud-layout[data-static-layout], .mud-layout[data-interactive='false']");
        if (layout && window.courseSite?.rememberedDrawer() === false) showDrawer(layout, false, true);
    }

    // Both palettes are in the page (ThemePalettes); the reader's comes last. After a toggle, or after an enhanced
    // navigation re-uses the style elements, only the current theme's stays enabled.
    function applyTheme(isDark) {
        const current = isDark ? "dark" : "light";
        for (const palette of document.querySelectorAll("[data-theme-palette]")) {
            for (const style of palette.querySelectorAll("style")) style.disabled = palette.dataset.themePalette !== current;
        }
        document.querySelector("main#contenu")?.setAttribute("data-theme", current);
        const label = isDark ? "Passer en mode clair" : "Passer en mode sombre";
        for (const toggle of document.querySelectorAll("[data-static-theme-toggle]")) {
            toggle.setAttribute("aria-pressed", isDark ? "true" : "false");
            toggle.setAttribute("aria-label", label);
            toggle.setAttribute("title", label);
        }
    }

    const renderedDark = () => document.querySelector("main#contenu")?.getAttribute("data-theme") === "dark";

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest("[data-static-drawer-toggle]")) {
            const layout = staticLayout();
            if (!layout) return;
            const open = !drawerShown(layout);
            showDrawer(layout, open, false);
            window.courseSite?.rememberDrawer(open);
            return;
        }

        const themeToggle = target?.closest("[data-static-theme-toggle]");
        if (themeToggle) {
            const isDark = themeToggle.getAttribute("aria-pressed") !== "true";
            window.courseSite?.rememberTheme(isDark);
            applyTheme(isDark);
            return;
        }

        // On a phone the open drawer is an overlay: following one of its links closes it.
        const layout = staticLayout();
        if (layout && !wide.matches && target?.closest(".mud-drawer a[href]")) showDrawer(layout, false, false);
    });

    // Links between static pages (chapters, the DockerCoins dashboard, the account pages) and interactive pages are plain
    // page loads, both ways.
    // From an interactive page, the interactive router would receive a link to a chapter, find no interactive route
    // ([ExcludeFromInteractiveRouting]) and reload the address: with a #section in it, the browser takes that as a jump
    // inside the current page and nothing loads.
    // From a static page, Blazor's enhanced navigation would merge the interactive page into the document, and that merge
    // replaces the whole <head> (its HeadOutlet is an interactive component there, not on a static page, and Blazor never
    // merges the two kinds): every stylesheet link is a new element that loads again, and Chromium paints frames
    // without them, an unstyled page (docs/architecture.md, "A chapter's stylesheet"). A page load keeps the old page
    // on screen until the new one is styled: its stylesheets block its first paint.
    const staticPages = /^\/(chapitres\/|dockercoins$)/;
    window.addEventListener("click", event => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        const fromInteractive = document.querySelector(".mud-layout[data-interactive]") !== null;
        if (!fromInteractive && !staticLayout()) return;
        const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
        if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
        const url = new URL(link.href, document.baseURI);
        if (url.origin !== location.origin || url.pathname === location.pathname) return;
        if (staticPages.test(url.pathname) !== fromInteractive) return;
        event.preventDefault();
        location.assign(url.href);
    }, { capture: true });

    applyRememberedDrawer();
    window.courseSite?.blazorStarted.then(() => window.Blazor.addEventListener("enhancedload", () => {
        applyRememberedDrawer();
        if (document.querySelector("[data-theme-palette]")) applyTheme(renderedDark());
    }));
})();
