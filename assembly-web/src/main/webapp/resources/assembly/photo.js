/*
 * The badge photo chooser's own checks (PrimeFaces' file validator, run in the browser before a
 * file is sent) in the page's language: the words are the Assembly's bundle's, given on
 * #photo-words ({0} the file's name, {1} the limit). The server checks every file again.
 */
$(function () {
  var words = document.getElementById('photo-words');
  if (!words || !window.PrimeFaces || !PrimeFaces.getLocaleSettings) {
    return;
  }
  var settings = PrimeFaces.getLocaleSettings();
  settings.messages = settings.messages || {};
  settings.messages['primefaces.FileValidator.ALLOW_TYPES'] = words.dataset.allowTypes;
  settings.messages['primefaces.FileValidator.ALLOW_TYPES_detail'] = ' ';
  settings.messages['primefaces.FileValidator.SIZE_LIMIT'] = words.dataset.sizeLimit;
  settings.messages['primefaces.FileValidator.SIZE_LIMIT_detail'] = ' ';
});
