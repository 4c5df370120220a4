// Behaviour that must work on cached, server-rendered chapter HTML, before and after the circuit connects:
// event delegation on the document, so re-rendered markup keeps working.
(() => {
    const copiedLabel = "Copié !";

    async function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return;
        }
        // Plain-http classrooms have no async clipboard API.
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        area.remove();
    }

    document.addEventListener("click", async event => {
        const button = event.target.closest("[data-copy-code]");
        if (!button) return;
        const code = button.closest(".code-block")?.querySelector("pre code");
        if (!code) return;
        try {
            await copyText(code.textContent);
            button.textContent = copiedLabel;
            button.classList.add("code-block__copy--done");
        } catch {
            button.textContent = "Échec de la copie";
        }
        setTimeout(() => {
            button.textContent = "Copier";
            button.classList.remove("code-block__copy--done");
        }, 2000);
    });

    // Course search (Components/Search): "/" focuses the field unless the student is typing somewhere; in the
    // search box, arrow keys move between the field and the result links, Escape returns to the field.
    const isTyping = element =>
        element instanceof Element && (element.isContentEditable || element.closest("input, textarea, select") !== null);

    document.addEventListener("keydown", event => {
        if (event.defaultPrevented) return;
        if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
            const input = document.querySelector("[data-search-input]");
            if (!input) return;
            event.preventDefault();
            input.focus();
            input.select();
            return;
        }
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        if (!box) return;
        const stops = [box.querySelector("[data-search-input]"), ...box.querySelectorAll("[data-search-panel] a")];
        const current = stops.indexOf(document.activeElement);
        if ((event.key === "ArrowDown" || event.key === "ArrowUp") && stops.length > 1 && current >= 0) {
            event.preventDefault();
            const next = event.key === "ArrowDown" ? Math.min(current + 1, stops.length - 1) : Math.max(current - 1, 0);
            stops[next].focus();
        } else if (event.key === "Escape") {
            stops[0]?.focus();
        }
    });

    // Results stay in the page but hide while focus is elsewhere, and come back when the field is focused again.
    document.addEventListener("focusout", event => {
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        if (box && !(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) {
            box.setAttribute("data-collapsed", "");
        }
    });
    document.addEventListener("focusin", event => {
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        box?.removeAttribute("data-collapsed");
    });

    // Blazor starts (circuit, enhanced navigation) right after the first frame of the server-rendered page is
    // painted, not while the browser is still laying it out: the text shows first, the circuit a frame later.
    // App.razor loads blazor.web.js with autostart="false". Hidden tabs get no animation frames: the timeout starts
    // them anyway.
    let blazorStarted = false;
    const startBlazor = () => {
        if (blazorStarted || !window.Blazor) return;
        blazorStarted = true;
        window.Blazor.start();
    };
    requestAnimationFrame(() => setTimeout(startBlazor, 0));
    setTimeout(startBlazor, 1000);

    window.courseSite = {
        rememberTheme: isDark => {
            document.cookie = `course-theme=${isDark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
        },
    };
})();
