// Inlined right after the page's markup (Layout/RememberedDrawerScript, without its comments): a drawer the reader
// closed on a wide screen (site.js remembers the choice) is closed before the first frame, not once the page's scripts
// have arrived (static-layout.js does the same after each enhanced navigation, with MudDrawer's classes). Allowed by
// its hash in the Content-Security-Policy, so it must not change per page. Keep comments on lines of their own: those
// are stripped, a comment after code would not be.
(() => {
    const layout = document.querySelector(".mud-layout[data-static-layout]");
    const drawer = layout?.querySelector(".mud-drawer");
    let remembered = null;
    try {
        remembered = localStorage.getItem("course.drawer");
    } catch {
        // Storage disabled: the drawer stays as the server rendered it.
    }
    if (drawer && remembered === "closed" && window.matchMedia("(min-width: 960px)").matches) {
        drawer.classList.replace("mud-drawer--open", "mud-drawer--closed");
        layout.classList.replace("mud-drawer-open-responsive-md-left", "mud-drawer-close-responsive-md-left");
    }
})();
