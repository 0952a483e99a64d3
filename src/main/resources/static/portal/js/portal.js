/*
 * A little behaviour on top of pages that work without it: evidence uploads show their
 * progress and errors as they happen (XHR upload.onprogress into a <progress>, messages
 * in aria-live regions); without JavaScript the same form posts as a plain multipart form.
 */
(function () {
	'use strict';

	function format(template, value) {
		return (template || '').replace('{0}', value);
	}

	function parse(text) {
		try {
			return JSON.parse(text);
		} catch (ignored) {
			return null;
		}
	}

	function refresh(listId) {
		var list = listId && document.getElementById(listId);
		if (!list) {
			return;
		}
		fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
			.then(function (response) { return response.text(); })
			.then(function (html) {
				var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(listId);
				if (fresh) {
					list.replaceWith(fresh);
				}
			});
	}

	function enhance(form) {
		var input = form.querySelector('input[type=file]');
		var progress = form.querySelector('progress');
		var status = form.querySelector('.upload-status');
		var error = form.querySelector('.upload-error');
		var button = form.querySelector('button[type=submit]');

		function showError(message) {
			error.textContent = message;
			error.hidden = false;
			input.setAttribute('aria-invalid', 'true');
			status.textContent = '';
			progress.hidden = true;
			button.disabled = false;
		}

		form.addEventListener('submit', function (event) {
			event.preventDefault();
			error.hidden = true;
			error.textContent = '';
			input.removeAttribute('aria-invalid');
			if (!input.files || input.files.length === 0) {
				showError(form.dataset.msgChoose);
				input.focus();
				return;
			}
			var name = input.files[0].name;
			var xhr = new XMLHttpRequest();
			xhr.open('POST', form.action);
			xhr.setRequestHeader('Accept', 'application/json');
			var token = form.querySelector('input[name=_csrf]');
			if (token) {
				xhr.setRequestHeader('X-CSRF-TOKEN', token.value);
			}
			progress.value = 0;
			progress.hidden = false;
			button.disabled = true;
			status.textContent = format(form.dataset.msgUploading, 0);
			xhr.upload.onprogress = function (progressEvent) {
				if (progressEvent.lengthComputable) {
					var percent = Math.round(progressEvent.loaded * 100 / progressEvent.total);
					progress.value = percent;
					status.textContent = format(form.dataset.msgUploading, percent);
				}
			};
			xhr.onload = function () {
				var body = parse(xhr.responseText);
				if (xhr.status >= 200 && xhr.status < 300) {
					progress.value = 100;
					status.textContent = format(form.dataset.msgUploaded, (body && body.name) || name);
					button.disabled = false;
					form.reset();
					refresh(form.dataset.list);
				} else if (xhr.status === 413) {
					showError(form.dataset.msgTooLarge);
				} else {
					showError((body && body.field && body.message) || form.dataset.msgFailed);
				}
			};
			xhr.onerror = function () {
				showError(form.dataset.msgFailed);
			};
			xhr.send(new FormData(form));
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		Array.prototype.forEach.call(document.querySelectorAll('form[data-upload]'), enhance);
	});
}());
