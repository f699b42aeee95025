#!/bin/sh
# Configures and runs Dovecot and Postfix in the foreground. Variables (docker-compose.yml):
#   MAILBOX_USER, MAILBOX_PASSWORD   the secure mailbox the service reads (and the SMTP user it sends as)
#   OUTBOX_PASSWORD                  the password of outbox@mail.local, where every e-mail the service sends lands
set -eu
: "${MAILBOX_USER:?set MAILBOX_USER}" "${MAILBOX_PASSWORD:?set MAILBOX_PASSWORD}" "${OUTBOX_PASSWORD:?set OUTBOX_PASSWORD}"

if [ ! -f /certs/mail.pem ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=mail" \
        -addext "subjectAltName=DNS:mail,DNS:localhost,IP:127.0.0.1" \
        -keyout /certs/mail.key -out /certs/mail.pem 2>/dev/null
    chmod 644 /certs/mail.pem
    chmod 600 /certs/mail.key
fi

mkdir -p /var/mail/vhosts
chown -R dovecot:dovecot /var/mail/vhosts
printf '%s:{PLAIN}%s::::::\noutbox@mail.local:{PLAIN}%s::::::\n' "$MAILBOX_USER" "$MAILBOX_PASSWORD" "$OUTBOX_PASSWORD" \
    > /etc/dovecot/users
chmod 640 /etc/dovecot/users
chown root:dovecot /etc/dovecot/users

cat > /etc/dovecot/dovecot.conf <<CONF
protocols = imap lmtp
listen = *
log_path = /dev/stderr
ssl = required
ssl_cert = </certs/mail.pem
ssl_key = </certs/mail.key
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:/var/mail/vhosts/%u
mail_uid = dovecot
mail_gid = dovecot
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN /etc/dovecot/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=/var/mail/vhosts/%u allow_all_users=yes
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = create
  }
  mailbox Quarantine {
    auto = create
  }
  mailbox Sent {
    auto = create
  }
}
# hscp+Sent@… (the service's sent copies, HSCP_SENT_COPIES_ADDRESS) is filed in the mailbox's folder Sent
recipient_delimiter = +
lmtp_save_to_detail_mailbox = yes
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = 24
  }
}
service auth {
  inet_listener {
    address = 127.0.0.1
    port = 12345
  }
}
CONF

postconf -e "myhostname = mail" "mydestination =" "inet_interfaces = all" "inet_protocols = ipv4" \
    "maillog_file = /dev/stdout" "smtputf8_enable = no" "message_size_limit = 52428800" \
    "alias_maps =" "alias_database =" "local_recipient_maps =" \
    "smtpd_tls_cert_file = /certs/mail.pem" "smtpd_tls_key_file = /certs/mail.key" "smtpd_tls_security_level = may" \
    "smtpd_sasl_type = dovecot" "smtpd_sasl_path = inet:127.0.0.1:12345" \
    "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination" \
    "virtual_mailbox_domains = static:all" "virtual_transport = lmtp:inet:127.0.0.1:24" \
    "virtual_alias_maps = regexp:/etc/postfix/virtual.regexp"
# the mailbox keeps its own mail and its sent copies (user+Sent@); every other address goes to the outbox
SENT_COPIES="${MAILBOX_USER%@*}+Sent@${MAILBOX_USER#*@}"
printf '/^%s$/ %s\n/^%s$/ %s\n/./ outbox@mail.local\n' "$(echo "$MAILBOX_USER" | sed 's/[.+]/\\&/g')" "$MAILBOX_USER" \
    "$(echo "$SENT_COPIES" | sed 's/[.+]/\\&/g')" "$SENT_COPIES" > /etc/postfix/virtual.regexp
# submission: STARTTLS and AUTH required, as the production profile expects of a relay
postconf -M "submission/inet=submission inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
postconf -M "postlog/unix-dgram=postlog unix-dgram n - n - 1 postlogd"
# no chroot: the container is the jail, and Debian copies the chroot files only in its init script
postconf -F "*/*/chroot = n"

dovecot
exec postfix start-fg
