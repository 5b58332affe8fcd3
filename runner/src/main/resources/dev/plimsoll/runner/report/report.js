// Filters for the page: everything, or only what failed. Without script the page shows everything.
(function () {
  var nav = document.getElementById('filters');
  if (!nav) return;
  var failing = document.querySelectorAll('tr.step.failed, tr.step.error, tr.step.interrupted').length;
  var choices = [['all', 'all steps'], ['failures', 'only failures (' + failing + ')']];
  var buttons = [];
  choices.forEach(function (choice) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = choice[1];
    button.setAttribute('data-filter', choice[0]);
    button.addEventListener('click', function () {
      document.body.classList.toggle('only-failures', choice[0] === 'failures');
      buttons.forEach(function (b) { b.classList.toggle('on', b === button); });
    });
    buttons.push(button);
    nav.appendChild(button);
  });
  buttons[0].classList.add('on');
})();
