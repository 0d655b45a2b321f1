"""Smoke test of a Python client generated from openapi.yaml (openapi-generator, `python`), against a running kyodo.

Proves the contract is usable from a second language: every answer below is parsed into the generated pydantic
models, which check required and nullable properties, enums and formats — a property the server sends but the
contract does not allow (or the other way round) fails here. Run by scripts/integration.sh:

    python3 smoke.py http://localhost:18080 admin admin-demo-pass

Exit status 0 when every step passed.
"""
import inspect
import sys
import uuid

import kyodo_client
from kyodo_client import ApiClient, Configuration
from kyodo_client.exceptions import ApiException, NotFoundException, ApiException as _Api
from kyodo_client.models import ApiTokenInput, SignInRequest, WardInput

BASE, USER, PASSWORD = sys.argv[1], sys.argv[2], sys.argv[3]
calls = 0


def step(text):
    print(f"  - {text}")


def signed_in_client() -> ApiClient:
    """Signs in (session cookie), issues an API token for the admin and answers a client that uses it."""
    global calls
    with ApiClient(Configuration(host=BASE)) as anonymous:
        r = kyodo_client.AccountApi(anonymous).sign_in_with_http_info(SignInRequest(username=USER, password=PASSWORD))
        calls += 1
        cookie = r.headers["Set-Cookie"].split(";", 1)[0]
        assert r.status_code == 201 and r.data.user.username == USER
    session = ApiClient(Configuration(host=BASE), cookie=cookie)
    account = kyodo_client.AccountApi(session)
    current = account.get_current_session()
    calls += 1
    assert current.user.username == USER
    token = account.create_api_token(ApiTokenInput(name="python client smoke", user_id=current.user.id, valid_days=1))
    calls += 1
    assert token.token, "a new token carries its secret once"
    step(f"signed in as {USER}, issued API token {token.id}")
    return ApiClient(Configuration(host=BASE, access_token=token.token))


def every_list(client: ApiClient) -> dict:
    """Calls every list operation that needs no argument and parses its page; answers the first item of each."""
    global calls
    firsts = {}
    count = 0
    for name in dir(kyodo_client):
        if not name.endswith("Api") or name == "ApiClient":
            continue
        api = getattr(kyodo_client, name)(client)
        for method_name, method in inspect.getmembers(api, inspect.ismethod):
            if not method_name.startswith("list_") or method_name.endswith(("_with_http_info", "_without_preload_content")):
                continue
            params = inspect.signature(method).parameters.values()
            if any(p.default is inspect.Parameter.empty for p in params):
                continue  # needs a path parameter
            page = method()
            calls += 1
            count += 1
            items = getattr(page, "items", None)
            if items:
                firsts[method_name] = items[0]
    step(f"{count} list operations answered pages the generated models accept")
    return firsts


def records(client: ApiClient, firsts: dict):
    """Reads single records of the kinds whose models a generated client once failed on."""
    global calls
    registry = kyodo_client.RegistryApi(client)
    district = registry.get_district(firsts["list_districts"].id)
    organization = registry.get_organization(firsts["list_organizations"].id)
    tree = registry.get_organization_tree(district.id, size=200)
    calls += 3
    assert tree.total >= 1
    public = kyodo_client.PublicApi(client)
    reports = public.list_public_reports()
    calls += 1
    if reports.items:
        r = reports.items[0]
        report = public.get_public_report(r.plan_code, r.fiscal_year)
        rows = public.get_public_initiatives_json(r.plan_code, r.fiscal_year, size=200)
        calls += 2
        assert report.fiscal_year == r.fiscal_year and rows.total >= 1
    requests = kyodo_client.RequestsApi(client)
    if "list_city_requests" in firsts:
        request = requests.get_city_request(firsts["list_city_requests"].id)
        calls += 1
        assert request.id == firsts["list_city_requests"].id
    catalog = public.get_open_data_catalog()
    grades = kyodo_client.EvaluationsApi(client).list_rating_grades()
    calls += 2
    assert len(grades.grades) >= 2
    step(f"read district {district.name}, organization {organization.name}, {reports.total} public report(s), "
         f"the open-data catalogue ({len(catalog.dataset)} datasets) and the rating scale")


def write_with_retries(client: ApiClient):
    """Creates a ward with an Idempotency-Key twice (one ward), changes it with If-Match, refuses a stale one."""
    global calls
    registry = kyodo_client.RegistryApi(client)
    key = str(uuid.uuid4())
    code = "PY" + key[:6].upper()
    body = WardInput(code=code, name="パイソン区", kana="ぱいそんく")
    first = registry.create_ward_with_http_info(body, idempotency_key=key)
    again = registry.create_ward_with_http_info(body, idempotency_key=key)
    calls += 2
    assert first.status_code == 201 and again.data.id == first.data.id, "a retried create is one ward"
    assert again.headers.get("Idempotent-Replayed") == "true"
    etag = first.headers["ETag"]
    changed = registry.update_ward_with_http_info(first.data.id, WardInput(code=code, name="パイソン区（改）",
                                                                            kana="ぱいそんく"), if_match=etag)
    calls += 1
    assert changed.data.version == first.data.version + 1
    try:
        registry.update_ward(first.data.id, WardInput(code=code, name="古い版", kana="ふるいはん"), if_match=etag)
        raise AssertionError("a stale If-Match must be refused")
    except ApiException as e:
        calls += 1
        assert e.status == 412, e.status
    try:
        registry.get_ward(999_999_999)
        raise AssertionError("an unknown ward must be 404")
    except NotFoundException as e:
        calls += 1
        assert "application/problem+json" in e.headers["Content-Type"]
    changes = kyodo_client.IntegrationApi(client).list_changes(types=["WARD"], limit=1000)
    calls += 1
    assert any(c.id == first.data.id and c.action == "CREATE" for c in changes.items), "the create is in the feed"
    step(f"created ward {code} once with a retried Idempotency-Key, changed it with If-Match, got 412 for a stale "
         f"tag and 404 problem+json for an unknown id, and found the create in the change feed")


def main():
    print(f"python client generated from openapi.yaml against {BASE}")
    client = signed_in_client()
    firsts = every_list(client)
    records(client, firsts)
    write_with_retries(client)
    print(f"python client smoke: passed ({calls} calls)")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, _Api, ValueError) as e:  # pydantic's ValidationError is a ValueError
        print(f"python client smoke: FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
