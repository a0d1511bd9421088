/**
 * The web editor's interface words (Sveltia CMS's zh-CN locale) as this project's editors need them, merged into
 * the locale file when the editor is bundled (src/cms/vite-plugin.ts): the ~110 strings Sveltia has not translated
 * yet (it would show them in English: "Show Errors", "Slug"…), and its own words where they speak of git
 * repositories or say "try again later" to an editor whose entry the content rules refused.
 * tests/unit/cms-ui-strings.test.ts fails when an upgrade brings an English string this file does not cover.
 */

import { FILE_NAME_RULE } from '../content-check/rules/file-name.ts';

/** A nested part of the locale file: a string, or more keys. */
export interface UiStrings {
  [key: string]: string | UiStrings;
}

/** Said for every mistake in the editor's own configuration: the editor cannot fix it, the site's keeper can. */
const CONFIG_FAULT = '编辑后台的配置有误，请联系维护网站的技术人员。';

export const ZH_CN_UI: UiStrings = {
  // Sveltia's own words, in the terms of this site's editors.
  slug: '文件名',
  work_with_local_repo_description: '在弹出的窗口里选中网站的项目文件夹（打开后能看到 content 文件夹的那一层）。',
  work_with_local_repo_description_no_repo:
    '在弹出的窗口里选中网站的项目文件夹（打开后能看到 content 文件夹的那一层）。',
  sign_in_error: {
    not_project_root: '选中的不是网站的项目文件夹。请重新选择能看到 content 文件夹的那一层。',
    picker_dismissed: '没有选中文件夹。请再点一次，选中网站的项目文件夹。',
  },
  // The content check's file-name rule, in its words (Sveltia says 别名 and «special characters»).
  edit_slug_error: {
    empty: '文件名不能为空。',
    invalid: `文件名${FILE_NAME_RULE}`,
    duplicate: '这个文件名已被另一条使用，请换一个。',
  },
  saving_entry: { error: { title: '没有保存', description: '这一条没有保存，网站上的内容没有变。' } },
  view_in_repository: '查看保存记录',

  // Strings Sveltia 0.221 has not translated.
  select_item: '选择{$name}',
  folders: '文件夹',
  more_folders: '更多文件夹',
  sign_in_using_access_token_workflow_note: '因为启用了审核流程，令牌还需要有合并请求的读写权限。',
  sign_in_with_link: '用链接登录',
  sign_in_with_link_confirmation:
    '这个链接会以 {$account} 的身份登录 {$service}，并带上创建它的那台设备的设置。只有链接是您自己创建的才继续。',
  domain: '域名',
  file_unavailable: '无法打开',
  file_unavailable_description: '这个文件打不开，可能已被移走或删除。',
  back_to_parent_folder: '返回上一级文件夹',
  new_folder: '新建文件夹',
  new_folder_name: '文件夹名称',
  new_folder_create: '创建',
  new_folder_description: '新文件夹将建在「{$folder}」里。',
  new_folder_error: {
    empty: '文件夹名称不能为空。',
    invalid: '文件夹名称不能含斜杠，也不能以点开头。',
    duplicate: '这里已有同名的文件夹或文件。',
  },
  creating_folder: '正在创建文件夹……',
  creating_folder_failed: '文件夹没有创建成功。',
  folder_options: '文件夹选项',
  show_folder_options: '显示文件夹选项',
  rename_folder: '重命名文件夹',
  delete_folder: '删除文件夹',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{请在下面输入新名称。}} * {{请在下面输入新名称。文件夹里的 {$count} 个文件会一起移动，用到它们的条目也会随之更新。}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{请在下面输入新名称。}} * {{请在下面输入新名称。文件夹里的 {$count} 个文件会一起移动，地址会变，请更新用到它们的条目。}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{确定要删除空文件夹「{$name}」吗？}} * {{确定要删除文件夹「{$name}」和里面的 {$count} 个文件吗？}}',
  renaming_folder: '正在重命名文件夹……',
  renaming_folder_failed: '文件夹没有重命名成功。',
  deleting_folder: '正在删除文件夹……',
  deleting_folder_failed: '文件夹没有删除成功。',
  replace_file: '换一个文件',
  replace_image: '换一张图片',
  remove_file: '移除文件',
  remove_image: '移除图片',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count * {{{$count} 个条目里对它的引用也会一并移除。}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count * {{不能删除：下面这些条目的字段还用着它，删了就不完整了。请先修改这些条目。}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count * {{另外 {$count} 个条目里对它的引用也会一并移除。}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count * {{不能删除：其他条目的下面这些字段还用着它，删了就不完整了。请先修改这些条目。}}',
  show_errors: '查看错误',
  folder_created: '文件夹已创建。',
  folder_path: '文件夹位置',
  folder_contents: '内容',
  x_folders: '.input {$count :integer} .match $count 0 {{没有文件夹}} * {{{$count} 个文件夹}}',
  folder_renamed: '文件夹已重命名。',
  folder_deleted: '文件夹已删除。',
  entry_sidebar: {
    slug: {
      title: '文件名',
      generated_on_save: '文件名在保存时按填写的内容自动生成。',
      unavailable: '这一条没有文件名。',
    },
  },
  save_conflict: {
    title: '这一条已被别人改过',
    modified_by: '您打开之后，{$name} 在 {$date} 改过这一条。',
    modified: '您打开之后，这一条已被别人改过。',
    deleted: '您打开之后，这一条已被别人删除。',
    overwrite_warning: '现在保存，别人的改动会丢失。',
    recreate_warning: '现在保存，这一条会重新建立。',
    save_anyway: '仍然保存',
    branch_moved: '保存时网站内容刚被别人更新。请再保存一次。',
  },
  remote_change: {
    reload_entry: '重新载入',
    confirm_reloading_entry: '确定要重新载入吗？没有保存的修改会丢失。',
  },
  list_item_options: '列表项选项',
  relation_field: {
    save_together_hint: '新的{$name}会和正在编辑的这一条一起保存。',
    add_failed: '{$name}没有添加成功。',
  },
  assets_dialog: {
    title: { folder: '选择文件夹' },
    selected_folder: '已选文件夹：{$path}',
    selected_folders: '.input {$count :integer} .match $count * {{已选 {$count} 个文件夹}}',
    no_subfolders: '这个文件夹里没有子文件夹。',
  },
  cloud_storage: { bunny_storage: { auth_key_label: '存储区密码' } },
  config: {
    error: Object.fromEntries(
      [
        'invalid_sanitize_replacement',
        'invalid_url_option',
        'i18n_no_locales',
        'i18n_invalid_default_locale',
        'i18n_invalid_initial_locale',
        'invalid_identifier_field',
        'invalid_filter_field',
        'invalid_filter_no_condition',
        'option_field_not_found',
        'thumbnail_field_not_media',
        'invalid_regex',
        'invalid_view_filter_no_condition',
        'invalid_view_group_default',
        'invalid_view_filter_default',
        'collection_folder_i18n_required',
        'invalid_collection_folder_locale',
        'invalid_range_options',
        'invalid_step',
        'select_field_no_options',
        'select_field_duplicate_option',
        'select_field_invalid_default',
        'list_field_no_subfields',
        'list_field_invalid_default_object',
        'list_field_invalid_default_item',
        'list_field_invalid_default_key',
        'list_field_default_missing_type',
        'list_field_invalid_default_type',
        'invalid_default_multiple',
        'invalid_default_single',
        'object_field_invalid_default_key',
        'object_field_default_missing_type',
        'object_field_invalid_default_type',
        'code_field_invalid_default_object',
        'code_field_invalid_default_key',
        'number_field_default_not_integer',
        'number_field_default_not_number',
        'object_field_no_subfields',
        'relation_field_invalid_display_field',
        'relation_field_invalid_search_field',
        'relation_field_invalid_filter_field',
      ].map((key) => [key, CONFIG_FAULT]),
    ),
    warning: {
      missing_identifier_field: CONFIG_FAULT,
      slug_i18n_ineffective: CONFIG_FAULT,
      i18n_not_configured: CONFIG_FAULT,
    },
  },
  status: { deploying: '发布中' },
  prefs: { advanced: { deploy_hook: { url: { field_label: '部署钩子地址' } } } },
  _sui: { text_editor: { url: '网址' } },
  workflow: { deploying_deletion: '删除' },
};

/** `base` with `overrides` laid over it, key by key (both are the nested shape of a locale file). */
export function mergeUiStrings(base: UiStrings, overrides: UiStrings): UiStrings {
  const out: UiStrings = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeUiStrings(current, value) : value;
  }
  return out;
}
