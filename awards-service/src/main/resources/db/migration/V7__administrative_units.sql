-- The administrative units learned from the registry's AdministrativeUnitDefined events (read model): a
-- campaign of a commune's or district's issuer is acted on only by holders whose jurisdiction contains that
-- unit, which needs the tree (a commune's official code does not start with its province's).
create table administrative_unit (
    code        varchar(5)  primary key,
    parent_code varchar(5),
    learned_at  timestamptz not null
);
