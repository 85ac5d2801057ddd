# Sourced by the scripts of deploy/images: needs_root and require_debian_packages.

needs_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "$(basename "$0"): needs root ($1)" >&2
    exit 1
  fi
}

# require_debian_packages COMMAND:PACKAGE ...: installs, with apt-get, the packages whose command is missing
require_debian_packages() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" > /dev/null || missing+=("${pair#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$(basename "$0"): installing ${missing[*]} from Debian"
    apt-get install -y -q "${missing[@]}" > /dev/null
  fi
}
