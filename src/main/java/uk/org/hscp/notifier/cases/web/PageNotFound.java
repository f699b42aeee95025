package uk.org.hscp.notifier.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such case, or no such form on it: answered with the 404 page (templates/error/404.html). Not a
 * ResponseStatusException, which the service answers as problem JSON, as the API should.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFound extends RuntimeException {

    PageNotFound() {
        super(null, null, false, false);
    }
}
