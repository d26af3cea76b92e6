/* jaganetral workbench: the little behaviour pages need beyond HTMX (local file; no inline script). */
(function () {
  // select-all: a checkbox with data-select-all="name" ticks every checkbox of that name
  document.addEventListener("change", function (ev) {
    var box = ev.target;
    if (!box || !box.dataset || !box.dataset.selectAll) { return; }
    var all = document.querySelectorAll('input[type=checkbox][name="' + box.dataset.selectAll + '"]');
    for (var i = 0; i < all.length; i++) { all[i].checked = box.checked; }
    var count = document.getElementById("selected-count");
    if (count) { count.textContent = box.checked ? String(all.length) : "0"; }
  });
  // print buttons (no inline onclick under the CSP)
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (t && t.dataset && t.dataset.print !== undefined) { ev.preventDefault(); window.print(); }
  });
})();
