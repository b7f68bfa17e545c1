-- Jobs that must run once across every application node (db-scheduler): its task table, in the shared schema.
create table public.scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on public.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on public.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on public.scheduled_tasks (priority desc, execution_time asc);
