// GOV.UK Frontend styles its components only once this class is on <body>; kept out of the page so the
// content security policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
