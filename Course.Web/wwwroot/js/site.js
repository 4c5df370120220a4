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

    window.courseSite = {
        rememberTheme: isDark => {
            document.cookie = `course-theme=${isDark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
        },
    };
})();
