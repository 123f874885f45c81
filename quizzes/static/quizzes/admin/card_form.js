// Show only the fields the chosen kind uses (choices for multiple choice, True/False for true or false).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  const holder = document.getElementById("recall-kind-fields");
  const kind = document.getElementById("id_kind");
  if (!holder || !kind) {
    return;
  }
  const byKind = JSON.parse(holder.dataset.kindFields);
  const optional = new Set(Object.values(byKind).flat());
  function update() {
    const used = new Set(byKind[kind.value] || []);
    optional.forEach(function (name) {
      const row = document.querySelector(".field-" + name);
      if (row) {
        row.hidden = !used.has(name);
      }
    });
  }
  kind.addEventListener("change", update);
  update();
});
